import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../auth/session';
import { fakeGraphQL, renderApp, type GraphQLCall } from '../test/render';
import { initialOrganization } from '../workspace/storage';
import AcceptInvitationPage from './AcceptInvitationPage';

const preview = (hasAccount: boolean) => ({
  data: {
    invitation: {
      __typename: 'InvitationPreviewPayload',
      invitation: {
        __typename: 'InvitationPreview',
        organizationId: 'org-9',
        organizationName: '华南电子',
        email: 'new@example.com',
        role: 'FINANCE',
        expiresAt: '2099-01-08T00:00:00+00:00',
        hasAccount,
      },
      errors: [],
    },
  },
});

function answers(hasAccount: boolean) {
  return (call: GraphQLCall) => {
    if (call.query.includes('invitationAccept')) {
      return {
        data: {
          invitationAccept: {
            __typename: 'MemberPayload',
            member: { __typename: 'Member', id: 'm-1', user: { __typename: 'User', id: 'user-9' } },
            errors: [],
          },
        },
      };
    }
    if (call.query.includes('tokenCreate')) {
      return {
        data: {
          tokenCreate: {
            __typename: 'TokenPayload',
            accessToken: 'access-9',
            accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
            user: { __typename: 'User', id: 'user-9', locale: 'ZH_CN' },
            errors: [],
          },
        },
      };
    }
    return preview(hasAccount);
  };
}

afterEach(() => vi.unstubAllGlobals());

function renderPage(api: ReturnType<typeof fakeGraphQL>, language: 'zh-CN' | 'en' = 'zh-CN') {
  // Signing in goes through the app's public client, which uses the global fetch.
  vi.stubGlobal('fetch', api.fetch);
  return renderApp(
    <MemoryRouter initialEntries={['/invitation/tok-1']}>
      <Routes>
        <Route path="/invitation/:token" element={<AcceptInvitationPage />} />
        <Route path="/" element={<p>workspace</p>} />
      </Routes>
    </MemoryRouter>,
    { fetch: api.fetch, language },
  );
}

describe('AcceptInvitationPage', { timeout: 30_000 }, () => {
  it('lets a new person set a name and a password, signs them in and opens the organization', async () => {
    const api = fakeGraphQL(answers(false));
    renderPage(api);
    expect(await screen.findByText('您被邀请以「财务」身份加入「华南电子」。')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('姓名'), '孙新人');
    await userEvent.type(screen.getByLabelText('设置密码'), 'pw-12345678');
    await userEvent.type(screen.getByLabelText('确认密码'), 'pw-12345678');
    await userEvent.click(screen.getByRole('button', { name: '加入组织' }));
    expect(await screen.findByText('workspace')).toBeInTheDocument();
    const accept = api.calls.find((c) => c.query.includes('invitationAccept'));
    expect(accept?.variables).toEqual({ token: 'tok-1', password: 'pw-12345678', fullName: '孙新人' });
    const signIn = api.calls.find((c) => c.query.includes('tokenCreate'));
    expect(signIn?.variables).toEqual({ email: 'new@example.com', password: 'pw-12345678' });
    expect(loadSession()?.userId).toBe('user-9');
    expect(initialOrganization('user-9')).toBe('org-9');
  });

  it('refuses two different passwords before asking the server', async () => {
    const api = fakeGraphQL(answers(false));
    renderPage(api);
    await userEvent.type(await screen.findByLabelText('姓名'), '孙新人');
    await userEvent.type(screen.getByLabelText('设置密码'), 'pw-12345678');
    await userEvent.type(screen.getByLabelText('确认密码'), 'pw-87654321');
    await userEvent.click(screen.getByRole('button', { name: '加入组织' }));
    expect(await screen.findByText('两次输入的密码不一致')).toBeInTheDocument();
    expect(api.calls.some((c) => c.query.includes('invitationAccept'))).toBe(false);
  });

  it('asks someone with an account for their password only, in English', async () => {
    const api = fakeGraphQL(answers(true));
    renderPage(api, 'en');
    expect(await screen.findByText('You are invited to join 华南电子 as Finance.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Name')).toBeNull();
    await userEvent.type(screen.getByLabelText('Password'), 'pw-old-1234');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in and join' }));
    await waitFor(() => expect(screen.getByText('workspace')).toBeInTheDocument());
    const accept = api.calls.find((c) => c.query.includes('invitationAccept'));
    expect(accept?.variables).toEqual({ token: 'tok-1', password: 'pw-old-1234', fullName: null });
  });

  it('says when the invitation has expired', async () => {
    const api = fakeGraphQL(() => ({
      data: {
        invitation: {
          __typename: 'InvitationPreviewPayload',
          invitation: null,
          errors: [{ __typename: 'AccountError', field: 'token', code: 'INVITATION_EXPIRED', message: 'This invitation has expired.' }],
        },
      },
    }));
    renderPage(api);
    expect(await screen.findByText('邀请已过期')).toBeInTheDocument();
  });
});
