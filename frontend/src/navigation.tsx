// The pages of the workspace, in one list: the router and the navigation are both built from it,
// and an entry is shown only to roles with its permission. A later capability (customers,
// invoices, payments, collections, reconciliation, analytics) plugs in by adding its entries here.
import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ContactsOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  PhoneOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  TrophyOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Permission } from './gql/graphql';

/** Navigation groups, in menu order; a group with no entry the user may see is not shown. */
export const NAV_SECTIONS = ['workspace', 'insight', 'settings'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

type NavTitle =
  | 'dashboard'
  | 'customers'
  | 'invoices'
  | 'payments'
  | 'statements'
  | 'analytics'
  | 'performance'
  | 'agency'
  | 'auditLog'
  | 'organizationSettings'
  | 'members'
  | 'apiKeys'
  | 'alerts'
  | 'approvals'
  | 'imports'
  | 'creditSettings'
  | 'alertRules'
  | 'webhooks'
  | 'dunningPolicies'
  | 'worklist';

export interface PageDef {
  /** Route path below "/", without a leading slash; "" is the dashboard. */
  path: string;
  title: NavTitle;
  icon: ReactNode;
  section: NavSection;
  /** Needed to see the entry and open the page; none means every member may. */
  permission?: Permission;
  /** The page has addresses below its own (e.g. customers/:id), routed by the page itself. */
  nested?: boolean;
  component: LazyExoticComponent<ComponentType>;
}

export const PAGES: readonly PageDef[] = [
  {
    path: '',
    title: 'dashboard',
    icon: <DashboardOutlined />,
    section: 'workspace',
    component: lazy(() => import('./pages/DashboardPage')),
  },
  {
    path: 'worklist',
    title: 'worklist',
    icon: <PhoneOutlined />,
    section: 'workspace',
    permission: 'COLLECTIONS_WORK',
    component: lazy(() => import('./pages/collections/WorklistPage')),
  },
  {
    path: 'customers',
    title: 'customers',
    icon: <ContactsOutlined />,
    section: 'workspace',
    permission: 'CUSTOMERS_READ',
    nested: true,
    component: lazy(() => import('./pages/customers/CustomersPage')),
  },
  {
    path: 'invoices',
    title: 'invoices',
    icon: <FileTextOutlined />,
    section: 'workspace',
    permission: 'CUSTOMERS_READ',
    nested: true,
    component: lazy(() => import('./pages/invoices/InvoicesPage')),
  },
  {
    path: 'payments',
    title: 'payments',
    icon: <WalletOutlined />,
    section: 'workspace',
    permission: 'CUSTOMERS_READ',
    nested: true,
    component: lazy(() => import('./pages/payments/PaymentsPage')),
  },
  {
    path: 'statements',
    title: 'statements',
    icon: <FileDoneOutlined />,
    section: 'workspace',
    permission: 'CUSTOMERS_READ',
    nested: true,
    component: lazy(() => import('./pages/statements/StatementsPage')),
  },
  {
    path: 'analytics',
    title: 'analytics',
    icon: <BarChartOutlined />,
    section: 'insight',
    permission: 'CUSTOMERS_READ',
    component: lazy(() => import('./pages/analytics/AnalyticsPage')),
  },
  {
    path: 'performance',
    title: 'performance',
    icon: <TrophyOutlined />,
    section: 'insight',
    permission: 'PERFORMANCE_OWN',
    component: lazy(() => import('./pages/performance/PerformancePage')),
  },
  {
    path: 'agency',
    title: 'agency',
    icon: <ApartmentOutlined />,
    section: 'insight',
    component: lazy(() => import('./pages/analytics/AgencyPage')),
  },
  {
    path: 'alerts',
    title: 'alerts',
    icon: <AlertOutlined />,
    section: 'workspace',
    permission: 'CUSTOMERS_READ',
    component: lazy(() => import('./pages/AlertsPage')),
  },
  {
    path: 'approvals',
    title: 'approvals',
    icon: <SolutionOutlined />,
    section: 'workspace',
    permission: 'CREDIT_APPROVE',
    component: lazy(() => import('./pages/ApprovalsPage')),
  },
  {
    path: 'imports',
    title: 'imports',
    icon: <CloudUploadOutlined />,
    section: 'workspace',
    permission: 'IMPORTS_RUN',
    component: lazy(() => import('./pages/ImportPage')),
  },
  {
    path: 'audit',
    title: 'auditLog',
    icon: <AuditOutlined />,
    section: 'insight',
    permission: 'AUDIT_READ',
    component: lazy(() => import('./pages/AuditLogPage')),
  },
  {
    path: 'settings/organization',
    title: 'organizationSettings',
    icon: <BankOutlined />,
    section: 'settings',
    component: lazy(() => import('./pages/settings/OrganizationSettingsPage')),
  },
  {
    path: 'settings/members',
    title: 'members',
    icon: <TeamOutlined />,
    section: 'settings',
    permission: 'MEMBERS_READ',
    component: lazy(() => import('./pages/settings/MembersPage')),
  },
  {
    path: 'settings/api-keys',
    title: 'apiKeys',
    icon: <ApiOutlined />,
    section: 'settings',
    permission: 'API_KEYS_MANAGE',
    component: lazy(() => import('./pages/settings/ApiKeysPage')),
  },
  {
    path: 'settings/credit',
    title: 'creditSettings',
    icon: <SafetyCertificateOutlined />,
    section: 'settings',
    permission: 'CREDIT_POLICY_MANAGE',
    component: lazy(() => import('./pages/settings/CreditSettingsPage')),
  },
  {
    path: 'settings/alert-rules',
    title: 'alertRules',
    icon: <NotificationOutlined />,
    section: 'settings',
    permission: 'ALERT_RULES_MANAGE',
    component: lazy(() => import('./pages/settings/AlertRulesPage')),
  },
  {
    path: 'settings/webhooks',
    title: 'webhooks',
    icon: <ThunderboltOutlined />,
    section: 'settings',
    permission: 'WEBHOOKS_MANAGE',
    component: lazy(() => import('./pages/settings/WebhooksPage')),
  },
  {
    path: 'settings/dunning',
    title: 'dunningPolicies',
    icon: <ScheduleOutlined />,
    section: 'settings',
    permission: 'DUNNING_POLICIES_MANAGE',
    component: lazy(() => import('./pages/collections/DunningPoliciesPage')),
  },
];

export const pageUrl = (page: PageDef) => `/${page.path}`;

export function allowedPages(can: (permission: Permission) => boolean): PageDef[] {
  return PAGES.filter((page) => page.permission === undefined || can(page.permission));
}

export function navItems(can: (permission: Permission) => boolean, t: TFunction): NonNullable<MenuProps['items']> {
  const pages = allowedPages(can);
  return NAV_SECTIONS.flatMap((section) => {
    const entries = pages.filter((page) => page.section === section);
    if (entries.length === 0) return [];
    return [
      {
        type: 'group' as const,
        key: section,
        label: t(`nav.sections.${section}`),
        children: entries.map((page) => ({ key: pageUrl(page), icon: page.icon, label: t(`nav.${page.title}`) })),
      },
    ];
  });
}

/** The page a location belongs to (the longest matching path), e.g. to highlight it in the menu. */
export function pageFor(pathname: string): PageDef | undefined {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  return [...PAGES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((page) => page.path === '' ? path === '' : path === page.path || path.startsWith(`${page.path}/`));
}
