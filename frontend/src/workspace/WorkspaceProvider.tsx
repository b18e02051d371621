import { Button, Result, Spin } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider, useQuery } from 'urql';
import { createApiClient } from '../api/client';
import { combinedErrorText, errorCode } from '../api/errors';
import { useSession } from '../auth/SessionProvider';
import type { Permission, WorkspaceQuery as WorkspaceData } from '../gql/graphql';
import { fromApiLocale, rememberLanguage } from '../i18n';
import { WorkspaceQuery } from './documents';
import { SelectOrganizationPage } from './SelectOrganizationPage';
import { forgetOrganization, initialOrganization, recentOrganizations, rememberOrganization } from './storage';

export type Viewer = Omit<WorkspaceData['me'], 'organizations'>;
export type WorkspaceOrganization = WorkspaceData['me']['organizations'][number];

export interface WorkspaceValue {
  viewer: Viewer;
  organizations: readonly WorkspaceOrganization[];
  organization: WorkspaceOrganization;
  recentIds: readonly string[];
  can(permission: Permission): boolean;
  switchOrganization(id: string): void;
  /** After creating an organization: reload the list, then open it. */
  openNewOrganization(id: string): void;
  /** Ask again for the user's organizations and roles (after changing one's own membership). */
  reloadWorkspace(): void;
}

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

/** The organization a page works in; only rendered inside an open organization. */
export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (value === null) throw new Error('useWorkspace outside an open organization');
  return value;
}

/** The same, for components that also render outside an organization (e.g. formatting). */
export function useOptionalWorkspace(): WorkspaceValue | null {
  return useContext(WorkspaceContext);
}

const LOST_ORGANIZATION = new Set(['NOT_A_MEMBER', 'ORGANIZATION_NOT_FOUND']);

/**
 * Chooses the organization, and gives everything below a GraphQL client that sends its id as
 * X-Organization. Switching makes a new client, so nothing cached for one organization can show
 * in another, and remounts the pages (`key`).
 */
export function Workspace({ children }: { children: ReactNode }) {
  const { session, sessionEnded } = useSession();
  const userId = session?.userId ?? '';
  const [organizationId, setOrganizationId] = useState<string | null>(() => initialOrganization(userId));
  const client = useMemo(
    () => createApiClient({ organizationId, onSessionEnded: sessionEnded }),
    [organizationId, sessionEnded],
  );
  return (
    <Provider value={client}>
      <WorkspaceGate userId={userId} organizationId={organizationId} setOrganizationId={setOrganizationId}>
        {children}
      </WorkspaceGate>
    </Provider>
  );
}

interface GateProps {
  userId: string;
  organizationId: string | null;
  setOrganizationId(id: string | null): void;
  children: ReactNode;
}

function WorkspaceGate({ userId, organizationId, setOrganizationId, children }: GateProps) {
  const { t, i18n } = useTranslation();
  const [{ data: fresh, error, fetching }, reload] = useQuery({ query: WorkspaceQuery });
  // Keep the last answer while a new organization's client asks again: the list is the same.
  const [last, setLast] = useState<WorkspaceData | undefined>(fresh);
  useEffect(() => {
    if (fresh) setLast(fresh);
  }, [fresh]);
  const data = fresh ?? last;
  const [recentIds, setRecentIds] = useState(() => recentOrganizations(userId));
  const [pendingId, setPendingId] = useState<string | null>(null);

  const select = useCallback(
    (id: string) => {
      rememberOrganization(userId, id);
      setRecentIds(recentOrganizations(userId));
      setOrganizationId(id);
    },
    [userId, setOrganizationId],
  );

  const organizations = data?.me.organizations;
  const current = organizations?.find((o) => o.id === organizationId);
  const lostCode = errorCode(error);

  useEffect(() => {
    if (organizationId && lostCode && LOST_ORGANIZATION.has(lostCode)) {
      forgetOrganization(userId, organizationId);
      setOrganizationId(null);
    }
  }, [lostCode, organizationId, userId, setOrganizationId]);

  // Open an organization by itself when the choice is obvious: the last one used, or the only one.
  useEffect(() => {
    if (!organizations || fetching) return;
    if (pendingId) {
      if (organizations.some((o) => o.id === pendingId)) {
        setPendingId(null);
        select(pendingId);
      }
      return;
    }
    if (current) return;
    const remembered = organizationId ?? initialOrganization(userId);
    const candidate = organizations.find((o) => o.id === remembered) ?? (organizations.length === 1 ? organizations[0] : undefined);
    if (candidate) select(candidate.id);
    else if (organizationId) {
      forgetOrganization(userId, organizationId);
      setOrganizationId(null);
    }
  }, [organizations, current, fetching, pendingId, organizationId, userId, select, setOrganizationId]);

  // The user's saved language wins when it is first seen or changes on the server (e.g. chosen on
  // another device); not on every render, since `i18n` is a new object after each switch.
  const viewerLocale = data?.me.locale;
  const appliedLocale = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!viewerLocale || viewerLocale === appliedLocale.current) return;
    appliedLocale.current = viewerLocale;
    const language = fromApiLocale(viewerLocale);
    rememberLanguage(language);
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [viewerLocale, i18n]);

  const openNewOrganization = useCallback(
    (id: string) => {
      setPendingId(id);
      reload({ requestPolicy: 'network-only' });
    },
    [reload],
  );

  const value = useMemo<WorkspaceValue | null>(() => {
    if (!data || !current) return null;
    const permissions = new Set(current.viewerPermissions);
    const { organizations: all, ...viewer } = data.me;
    return {
      viewer,
      organizations: all,
      organization: current,
      recentIds,
      can: (permission) => permissions.has(permission),
      switchOrganization: select,
      openNewOrganization,
      reloadWorkspace: () => reload({ requestPolicy: 'network-only' }),
    };
  }, [data, current, recentIds, select, openNewOrganization, reload]);

  if (error && !data && !(lostCode && LOST_ORGANIZATION.has(lostCode))) {
    return (
      <Result
        status="warning"
        title={t('errors.loadFailed')}
        subTitle={combinedErrorText(t, error)}
        extra={<Button onClick={() => reload({ requestPolicy: 'network-only' })}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!data || (!value && (fetching || pendingId !== null || organizationId !== null))) {
    return <Spin size="large" fullscreen tip={t('common.loading')} />;
  }
  if (!value) {
    return (
      <SelectOrganizationPage
        organizations={data.me.organizations}
        recentIds={recentIds}
        onSelect={select}
        onCreated={openNewOrganization}
      />
    );
  }
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
