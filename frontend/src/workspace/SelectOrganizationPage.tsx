import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateOrganizationModal } from './CreateOrganizationModal';
import { OrgSwitcher, type SwitcherOrganization } from './OrgSwitcher';
import { useDocumentTitle } from '../layout/documentTitle';
import { UserMenu } from '../layout/UserMenu';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

interface Props {
  organizations: readonly SwitcherOrganization[];
  recentIds: readonly string[];
  onSelect(id: string): void;
  onCreated(id: string): void;
}

/** Shown after sign-in when the user belongs to several organizations and none was open. */
export function SelectOrganizationPage({ organizations, recentIds, onSelect, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('org.pickTitle'));
  return (
    <div className="centered-page">
      <div className="centered-page-toolbar">
        <LanguageSwitch />
        <UserMenu />
      </div>
      <Card className="select-organization-card">
        <Typography.Title level={3}>{t('org.pickTitle')}</Typography.Title>
        {organizations.length > 0 ? (
          <>
            <Typography.Paragraph type="secondary">{t('org.pickHint')}</Typography.Paragraph>
            <OrgSwitcher organizations={organizations} currentId={null} recentIds={recentIds} onSelect={onSelect} />
          </>
        ) : (
          <Empty description={t('org.noOrganizations')} />
        )}
        <Button block icon={<PlusOutlined />} onClick={() => setCreating(true)} className="select-organization-create">
          {t('org.create')}
        </Button>
      </Card>
      <CreateOrganizationModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id, name) => {
          setCreating(false);
          message.success(t('org.created', { name }));
          onCreated(id);
        }}
      />
    </div>
  );
}
