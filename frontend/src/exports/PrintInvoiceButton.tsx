import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { DownloadRefused, downloadAuthenticated } from './download';

/** Downloads the invoice's PDF (to print or send) from the server. */
export function PrintInvoiceButton({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { organization } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await downloadAuthenticated(`/exports/invoices/${invoiceId}.pdf`, organization.id, `invoice-${invoiceId}.pdf`);
    } catch (error) {
      const code = error instanceof DownloadRefused ? error.code : 'NETWORK';
      message.error(t(`errors.codes.${code}`, { defaultValue: t('exports.failed') }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="print-invoice">
      {t('exports.printInvoice')}
    </Button>
  );
}
