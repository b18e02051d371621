// The signed-in session, kept in localStorage so that a reload or a second tab stays signed in.
// Tabs share it: a refresh in one tab is seen by the others, and signing out in one signs out all.

export interface Session {
  userId: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const STORAGE_KEY = 'huikuan.session';
const CHANGED = 'huikuan:session-changed';
/** Refresh this long before the access token expires rather than wait for a refusal. */
const EXPIRY_MARGIN_MS = 30_000;

function isSession(value: unknown): value is Session {
  const v = value as Session | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.userId === 'string' &&
    typeof v.accessToken === 'string' &&
    typeof v.accessTokenExpiresAt === 'string' &&
    typeof v.refreshToken === 'string'
  );
}

export function loadSession(): Session | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSession(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  window.dispatchEvent(new Event(CHANGED));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` whenever the session changes, in this tab or another. */
export function subscribeSession(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
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

/** Exchanges a refresh token for a new session, or null when the server refuses it. */
export type RefreshFn = (refreshToken: string) => Promise<Session | null>;

const LOCK_NAME = 'huikuan.token-refresh';

/**
 * Rotate the refresh token once, even when several requests (or tabs) find the access token
 * refused at the same time: a refresh token can be used only once, and presenting a spent one
 * signs every session of that sign-in out. Under a lock shared by the tabs, the session is read
 * again; if another caller already replaced the refused token, that session is used as it is.
 * Resolves to the new session, or null (and the session is cleared) when the server refuses.
 */
export async function refreshSession(refusedAccessToken: string | undefined, refresh: RefreshFn): Promise<Session | null> {
  const run = async (): Promise<Session | null> => {
    const current = loadSession();
    if (current === null) return null;
    if (current.accessToken !== refusedAccessToken && !expiresSoon(current)) return current;
    const next = await refresh(current.refreshToken);
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
