import { expiresSoon, loadSession, refreshSession, refreshWithCookie } from '../auth/session';
import { filenameOf, saveBlob } from '../components/download';

/** A list filter value as the GraphQL variables hold it. */
export type FilterValue = string | number | boolean | null | undefined | readonly string[];

/** The export's query string: lists comma-separated, empty values left out. */
export function exportQuery(filters: Record<string, FilterValue>, language: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  params.set('lang', language);
  return params.toString();
}

/** A refusal of the server, with its code (rendered from the code in the reader's language). */
export class DownloadRefused extends Error {
  constructor(
    readonly code: string,
    readonly field: string | null,
  ) {
    super(code);
  }
}

async function sessionToken(refused?: string): Promise<string | null> {
  const session = loadSession();
  if (session && !refused && !expiresSoon(session)) return session.accessToken;
  const next = await refreshSession(refused ?? session?.accessToken, refreshWithCookie);
  return next?.accessToken ?? null;
}

/** A request to this server with the session's credentials (bearer token, X-Organization),
 * refreshing the token once when it was refused. */
export async function fetchAuthenticated(path: string, organizationId: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) =>
    fetch(path, { ...init, headers: { 'X-Organization': organizationId, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  let token = await sessionToken();
  let response = await send(token);
  if (response.status === 401 && token) {
    token = await sessionToken(token);
    response = await send(token);
  }
  return response;
}

/** GETs an authenticated file of this server and saves it. */
export async function downloadAuthenticated(path: string, organizationId: string, fallbackName: string): Promise<void> {
  const response = await fetchAuthenticated(path, organizationId);
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { errors?: { code: string; field: string | null }[] } | null;
    const first = answer?.errors?.[0];
    throw new DownloadRefused(first?.code ?? `HTTP_${response.status}`, first?.field ?? null);
  }
  saveBlob(await response.blob(), filenameOf(response.headers.get('content-disposition')) ?? fallbackName);
}
