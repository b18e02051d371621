import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signedIn } from '../test/render';
import { clearSession, loadSession, mayRestore, refreshSession, type Session } from './session';

const next = (n: number): Session => ({
  userId: 'user-1',
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
});

beforeEach(() => clearSession());

describe('refreshSession', () => {
  it('rotates the refresh cookie once when several requests were refused at the same time', async () => {
    signedIn();
    // A refresh token works once; presenting it twice would sign every session out.
    const refresh = vi.fn(async () => next(2));
    const sessions = await Promise.all([refreshSession('access-1', refresh), refreshSession('access-1', refresh), refreshSession('access-1', refresh)]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sessions.map((s) => s?.accessToken)).toEqual(['access-2', 'access-2', 'access-2']);
  });

  it('uses the session another caller already refreshed', async () => {
    signedIn();
    const refresh = vi.fn(async () => next(3));
    const session = await refreshSession('access-0', refresh);
    expect(refresh).not.toHaveBeenCalled();
    expect(session?.accessToken).toBe('access-1');
  });

  it('restores a session from the cookie after a reload', async () => {
    expect(loadSession()).toBeNull();
    const session = await refreshSession(undefined, async () => next(4));
    expect(session?.accessToken).toBe('access-4');
    expect(mayRestore()).toBe(true);
  });

  it('forgets the session when the server refuses the refresh cookie', async () => {
    signedIn();
    expect(await refreshSession('access-1', async () => null)).toBeNull();
    expect(loadSession()).toBeNull();
    expect(mayRestore()).toBe(false);
  });

  it('keeps no token where scripts of other pages could read it', () => {
    signedIn();
    expect(JSON.stringify({ ...localStorage })).not.toContain('access-1');
  });
});
