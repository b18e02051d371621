import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { useOptionalWorkspace } from '../workspace/WorkspaceProvider';

export function UserMenu() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const viewer = useOptionalWorkspace()?.viewer;
  const name = viewer?.fullName || viewer?.email || t('auth.account');

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          ...(viewer
            ? [
                {
                  key: 'who',
                  disabled: true,
                  label: (
                    <div className="user-menu-who">
                      <Typography.Text strong>{viewer.fullName}</Typography.Text>
                      <Typography.Text type="secondary">{viewer.email}</Typography.Text>
                    </div>
                  ),
                },
                { type: 'divider' as const },
              ]
            : []),
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('auth.signOut') },
        ],
        onClick: async ({ key }) => {
          if (key === 'sign-out') {
            await signOut();
            navigate('/sign-in', { replace: true });
          }
        },
      }}
    >
      <Button type="text" className="user-menu-button" aria-label={t('auth.account')} data-testid="user-menu">
        <Avatar size="small" icon={viewer ? undefined : <UserOutlined />} className="user-avatar">
          {viewer ? name.slice(0, 1).toUpperCase() : null}
        </Avatar>
        <span className="user-menu-name">{name}</span>
      </Button>
    </Dropdown>
  );
}
