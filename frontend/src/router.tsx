import { Button, Result } from 'antd';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate, useLocation } from 'react-router';
import { useSession } from './auth/SessionProvider';
import { AppShell } from './layout/AppShell';
import { useDocumentTitle } from './layout/documentTitle';
import { PAGES, type PageDef } from './navigation';
import { useWorkspace, Workspace } from './workspace/WorkspaceProvider';

const SignInPage = lazy(() => import('./pages/SignInPage'));
const AcceptInvitationPage = lazy(() => import('./pages/AcceptInvitationPage'));
const StatementPublicPage = lazy(() => import('./pages/statements/StatementPublicPage'));

function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  // One workspace per user: signing in as someone else starts from scratch.
  return <Workspace key={session.userId}>{children}</Workspace>;
}

/** Where to go after signing in: the page asked for, if it is one of ours. */
function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function PublicOnly({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn'));
  return session ? <Navigate to={nextPath(location.search)} replace /> : children;
}

function PageGate({ page }: { page: PageDef }) {
  const { can, organization } = useWorkspace();
  const { t } = useTranslation();
  const forbidden = !!page.permission && !can(page.permission);
  useDocumentTitle(forbidden ? t('errors.forbidden') : undefined);
  // A collector's home is the worklist.
  if (page.path === '' && organization.viewerRole === 'COLLECTOR') return <Navigate to="/worklist" replace />;
  if (forbidden) {
    return (
      <Result
        status="403"
        title={t('errors.forbidden')}
        subTitle={t('errors.forbiddenHint')}
        extra={<Link to="/"><Button type="primary">{t('errors.backHome')}</Button></Link>}
      />
    );
  }
  const Page = page.component;
  return <Page />;
}

function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFound'));
  return (
    <Result
      status="404"
      title={t('errors.notFound')}
      subTitle={t('errors.notFoundHint')}
      extra={<Link to="/"><Button type="primary">{t('errors.backHome')}</Button></Link>}
    />
  );
}

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/sign-in',
      element: (
        <PublicOnly>
          <SignInPage />
        </PublicOnly>
      ),
    },
    // Open to anyone with the link, signed in or not: the token is the proof.
    { path: '/invitation/:token', element: <AcceptInvitationPage /> },
    // The customer's statement of account: the link's token opens that one statement, no account needed.
    { path: '/statement/:token', element: <StatementPublicPage /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppShell />
        </RequireSession>
      ),
      children: [
        ...PAGES.map((page) =>
          page.path === ''
            ? { index: true, element: <PageGate page={page} /> }
            : { path: page.nested ? `${page.path}/*` : page.path, element: <PageGate page={page} /> },
        ),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
