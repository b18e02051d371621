// The signed-in session. The access token lives only in this page's memory; the refresh token is
// an httpOnly cookie that scripts cannot read (POST /auth/refresh rotates it, see docs/security.md).
// A reload or a new tab restores the session through that cookie. localStorage holds only a
// non-secret hint (the user's id) that a session may exist, and tabs watch it: signing out in one
// tab signs out all.

export interface Session {
  userId: string;
  accessToken: string;
  accessTokenExpiresAt: string;
}

const HINT_KEY = 'huikuan.signed-in';
const CHANGED = 'huikuan:session-changed';
/** Refresh this long before the access token expires rather than wait for a refusal. */
const EXPIRY_MARGIN_MS = 30_000;

let current: Session | null = null;

export function loadSession(): Session | null {
  return current;
}

export function saveSession(session: Session): void {
  current = session;
  localStorage.setItem(HINT_KEY, session.userId);
  window.dispatchEvent(new Event(CHANGED));
}

export function clearSession(): void {
  current = null;
  localStorage.removeItem(HINT_KEY);
  window.dispatchEvent(new Event(CHANGED));
}

/** Whether this browser was signed in when it last ran: then a reload restores the session. */
export function mayRestore(): boolean {
  return localStorage.getItem(HINT_KEY) !== null;
}

/** Calls `listener` whenever the session changes in this tab, or another tab signs out. */
export function subscribeSession(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if ((event.key === HINT_KEY || event.key === null) && localStorage.getItem(HINT_KEY) === null && current !== null) {
      current = null;
      listener();
    }
  };
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function expiresSoon(session: Session, now: number = Date.now()): boolean {
  return new Date(session.accessTokenExpiresAt).getTime() - now < EXPIRY_MARGIN_MS;
}

/** Exchanges the refresh cookie for a new session, or null when the server refuses it. */
export type RefreshFn = () => Promise<Session | null>;

const LOCK_NAME = 'huikuan.token-refresh';

/**
 * Rotate the refresh cookie once, even when several requests (or tabs) find the access token
 * refused at the same time: a refresh token can be used only once, and presenting a spent one
 * signs every session of that sign-in out. Under a lock shared by the tabs (each then sends the
 * cookie the previous one left), the session is read again; if another caller of this tab already
 * replaced the refused token, that session is used as it is. Without a session (a reload), the
 * cookie restores one. Resolves to the session, or null (and the session is cleared) when the
 * server refuses.
 */
export async function refreshSession(refusedAccessToken: string | undefined, refresh: RefreshFn): Promise<Session | null> {
  const run = async (): Promise<Session | null> => {
    const session = loadSession();
    if (session !== null && session.accessToken !== refusedAccessToken && !expiresSoon(session)) return session;
    const next = await refresh();
    if (next === null) clearSession();
    else saveSession(next);
    return next;
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(LOCK_NAME, run) : inTabQueue(run);
}

let queue: Promise<unknown> = Promise.resolve();

/** Without the Web Locks API: at least serialize the refreshes of this tab. */
function inTabQueue<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
}

const CSRF_HEADERS = { 'X-Huikuan-CSRF': '1' };

interface RefreshAnswer {
  session: { accessToken: string; accessTokenExpiresAt: string; user: { id: string } } | null;
  errors: { code: string }[];
}

/** POST /auth/refresh: the cookie goes along by itself; a network failure throws. */
export async function refreshWithCookie(): Promise<Session | null> {
  const response = await fetch('/auth/refresh', { method: 'POST', headers: CSRF_HEADERS, credentials: 'same-origin' });
  if (!response.ok) return null;
  const answer = (await response.json()) as RefreshAnswer;
  if (!answer.session) return null;
  return {
    userId: answer.session.user.id,
    accessToken: answer.session.accessToken,
    accessTokenExpiresAt: answer.session.accessTokenExpiresAt,
  };
}

/** POST /auth/logout: revokes the sign-in on the server and clears the cookie. */
export async function logoutWithCookie(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', headers: CSRF_HEADERS, credentials: 'same-origin' });
}
