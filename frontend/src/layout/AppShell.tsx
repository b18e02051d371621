import { Layout, Menu } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { navItems, pageFor, pageUrl } from '../navigation';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { OrgSwitcherButton } from './OrgSwitcherButton';
import { UserMenu } from './UserMenu';

export function AppShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { organization, can } = useWorkspace();
  const [collapsed, setCollapsed] = useState(false);
  const items = useMemo(() => navItems(can, t), [can, t]);
  const page = pageFor(location.pathname);

  return (
    <Layout className="app-shell">
      <Layout.Sider
        width={224}
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        className="app-sider"
        theme="light"
      >
        <div className="app-brand">
          <span className="app-brand-mark" aria-hidden>
            回
          </span>
          <span className="app-brand-name">{t('app.fullName')}</span>
        </div>
        <nav aria-label={t('nav.menu')}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={page ? [pageUrl(page)] : []}
            onClick={({ key }) => navigate(key)}
            className="app-menu"
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <OrgSwitcherButton />
          <div className="app-header-actions">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content className="app-content">
          <main>
            <Suspense fallback={<PageLoading />}>
              {/* A new organization remounts the page: no state of the previous one survives. */}
              <Outlet key={organization.id} />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
