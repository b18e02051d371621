import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Client, fetchExchange, Provider } from 'urql';
import { vi } from 'vitest';
import { SessionProvider } from '../auth/SessionProvider';
import { saveSession } from '../auth/session';
import { createI18n, type Language } from '../i18n';
import { LocaleProvider } from '../i18n/LocaleProvider';

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
  headers: Headers;
}

/** A fetch that answers every GraphQL request with `answer(call)` and records the calls. */
export function fakeGraphQL(answer: (call: GraphQLCall) => unknown) {
  const calls: GraphQLCall[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const call = { query: body.query, variables: body.variables ?? {}, headers: new Headers(init?.headers) };
    calls.push(call);
    return new Response(JSON.stringify(answer(call)), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch, calls };
}

export function signedIn(userId = 'user-1') {
  saveSession({
    userId,
    accessToken: 'access-1',
    accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  });
}

/** Renders with the app's providers: i18n, Ant Design's locale, a GraphQL client, the session. */
export function renderApp(ui: ReactElement, { language = 'zh-CN', fetch }: { language?: Language; fetch?: typeof globalThis.fetch } = {}) {
  const i18n = createI18n(language);
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch, preferGetMethod: false });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <LocaleProvider>
        <Provider value={client}>
          <SessionProvider>{ui}</SessionProvider>
        </Provider>
      </LocaleProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
