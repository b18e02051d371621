import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { navItems, pageFor, pageUrl } from '../navigation';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { OrgSwitcherButton } from './OrgSwitcherButton';
import { UserMenu } from './UserMenu';

/**
 * The frame of every workspace page: the menu on the left from 992 px, in a drawer opened from the
 * header below that (phones, tablets held upright); the organization, language and account on top.
 */
export function AppShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { organization, can } = useWorkspace();
  const screens = Grid.useBreakpoint();
  // Before the first measurement the breakpoints are unknown: assume a desktop.
  const narrow = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = useMemo(() => navItems(can, t), [can, t]);
  const page = pageFor(location.pathname);
  useEffect(() => setDrawerOpen(false), [location.pathname, narrow]);

  const brand = (
    <div className="app-brand">
      <span className="app-brand-mark" aria-hidden>
        回
      </span>
      <span className="app-brand-name">{t('app.fullName')}</span>
    </div>
  );
  const menu = (
    <nav aria-label={t('nav.menu')}>
      <Menu mode="inline" items={items} selectedKeys={page ? [pageUrl(page)] : []} onClick={({ key }) => navigate(key)} className="app-menu" />
    </nav>
  );

  return (
    <Layout className="app-shell">
      {!narrow && (
        <Layout.Sider width={224} className="app-sider" theme="light">
          {brand}
          {menu}
        </Layout.Sider>
      )}
      <Layout className="app-main">
        <Layout.Header className="app-header">
          {narrow && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              className="app-menu-button"
              aria-label={t('nav.openMenu')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              data-testid="menu-button"
            />
          )}
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
      {narrow && (
        <Drawer
          open={drawerOpen}
          placement="left"
          size={264}
          onClose={() => setDrawerOpen(false)}
          title={brand}
          className="app-drawer"
          styles={{ body: { padding: '8px 0' }, header: { padding: '0 8px' } }}
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
