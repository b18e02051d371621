import { expiresSoon, loadSession, refreshSession, refreshWithCookie } from '../auth/session';
import { saveBlob } from '../components/download';

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

/** GETs an authenticated file of this server (bearer token, X-Organization) and saves it. */
export async function downloadAuthenticated(path: string, organizationId: string, fallbackName: string): Promise<void> {
  const get = (token: string | null) =>
    fetch(path, { headers: { 'X-Organization': organizationId, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  let token = await sessionToken();
  let response = await get(token);
  if (response.status === 401 && token) {
    token = await sessionToken(token);
    response = await get(token);
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { errors?: { code: string; field: string | null }[] } | null;
    const first = answer?.errors?.[0];
    throw new DownloadRefused(first?.code ?? `HTTP_${response.status}`, first?.field ?? null);
  }
  const disposition = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  saveBlob(await response.blob(), disposition?.[1] ?? fallbackName);
}
