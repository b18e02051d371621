import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { DownloadRefused, downloadAuthenticated, exportQuery, type FilterValue } from './download';

interface Props {
  /** The export kind of the server (backend/exports), e.g. `customers`. */
  kind: string;
  /** The list's current filters, named as its GraphQL filter fields. */
  filters?: Record<string, FilterValue>;
  disabled?: boolean;
}

/** 导出 → Excel (.xlsx) or CSV: the list with the same filters, generated and streamed by the server. */
export function ExportButtons({ kind, filters = {}, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { organization } = useWorkspace();
  const [busy, setBusy] = useState(false);

  const download = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const query = exportQuery(filters, i18n.language);
      await downloadAuthenticated(`/exports/${kind}.${format}?${query}`, organization.id, `${kind}.${format}`);
    } catch (error) {
      const code = error instanceof DownloadRefused ? error.code : 'NETWORK';
      message.error(t(`errors.codes.${code}`, { defaultValue: t('exports.failed') }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      disabled={disabled || busy}
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('exports.xlsx') },
          { key: 'csv', label: t('exports.csv') },
        ],
        onClick: ({ key }) => void download(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid={`export-${kind}`}>
        {t('exports.export')}
      </Button>
    </Dropdown>
  );
}
