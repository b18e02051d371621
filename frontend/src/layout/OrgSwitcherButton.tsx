import { PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { pageFor, pageUrl } from '../navigation';
import { CreateOrganizationModal } from '../workspace/CreateOrganizationModal';
import { OrgSwitcher } from '../workspace/OrgSwitcher';
import { useWorkspace } from '../workspace/WorkspaceProvider';

/** The current organization in the header; opens the switcher (search, recently used, new). */
export function OrgSwitcherButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const { organization, organizations, recentIds, switchOrganization, openNewOrganization } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);

  const select = (id: string) => {
    setOpen(false);
    if (id === organization.id) return;
    const target = organizations.find((o) => o.id === id);
    if (!target) return;
    // Stay in the same section if the role there allows it, else go to the dashboard.
    const page = pageFor(location.pathname);
    const allowed = page && (!page.permission || target.viewerPermissions.includes(page.permission));
    navigate(allowed ? pageUrl(page) : '/');
    switchOrganization(id);
    message.success(t('org.switched', { name: target.name }));
  };

  return (
    <>
      <Button className="org-button" onClick={() => setOpen(true)} data-testid="org-switcher" aria-haspopup="dialog">
        <span className="org-button-name">{organization.name}</span>
        {organization.viewerRole && (
          <Tag variant="filled" color="blue" className="org-button-role">
            {t(`roles.${organization.viewerRole}`)}
          </Tag>
        )}
        <SwapOutlined aria-label={t('org.switch')} />
      </Button>
      <Modal
        open={open}
        title={t('org.switcherTitle')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={520}
        footer={
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              setOpen(false);
              setCreating(true);
            }}
          >
            {t('org.create')}
          </Button>
        }
      >
        <OrgSwitcher organizations={organizations} currentId={organization.id} recentIds={recentIds} onSelect={select} />
      </Modal>
      <CreateOrganizationModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id, name) => {
          setCreating(false);
          message.success(t('org.created', { name }));
          navigate('/');
          openNewOrganization(id);
        }}
      />
    </>
  );
}
