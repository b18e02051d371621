import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, type CombinedError } from 'urql';
import { expiresSoon, loadSession, refreshSession, refreshWithCookie, type RefreshFn, type Session } from '../auth/session';

export const GRAPHQL_URL = '/graphql';

/** Codes with which the API refuses a missing, invalid or expired access token. */
const AUTH_ERROR_CODES = new Set(['UNAUTHENTICATED', 'INVALID_TOKEN', 'TOKEN_EXPIRED']);

export function isAuthError(error: CombinedError): boolean {
  return (
    error.response?.status === 401 ||
    error.graphQLErrors.some((e) => AUTH_ERROR_CODES.has(String(e.extensions?.code ?? '')))
  );
}

/** For the calls that need no session: sign in, invitations. */
export const publicClient = new Client({
  url: GRAPHQL_URL,
  exchanges: [fetchExchange],
  requestPolicy: 'network-only',
  preferGetMethod: false,
});

interface ApiClientOptions {
  /** Sent as X-Organization on every request; a new client (and so an empty cache) per organization. */
  organizationId: string | null;
  /** Called when the session cannot be refreshed any more. */
  onSessionEnded: () => void;
  refresh?: RefreshFn;
}

export function createApiClient({ organizationId, onSessionEnded, refresh = refreshWithCookie }: ApiClientOptions): Client {
  return new Client({
    url: GRAPHQL_URL,
    // POST always: queries stay out of URLs (and so out of access logs).
    preferGetMethod: false,
    // Show what is cached at once and ask again: pages stay current after changes made elsewhere.
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const headers: Record<string, string> = organizationId ? { 'X-Organization': organizationId } : {};
      return { headers };
    },
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => {
        let sent: Session | null = loadSession();
        return {
          addAuthToOperation(operation) {
            sent = loadSession();
            return sent ? utils.appendHeaders(operation, { Authorization: `Bearer ${sent.accessToken}` }) : operation;
          },
          willAuthError() {
            const session = loadSession();
            return session !== null && expiresSoon(session);
          },
          didAuthError: isAuthError,
          async refreshAuth() {
            // A network failure keeps the session: the retried request then fails and says so.
            const next = await refreshSession(sent?.accessToken, refresh).catch(() => undefined);
            if (next === null) onSessionEnded();
          },
        };
      }),
      fetchExchange,
    ],
  });
}
