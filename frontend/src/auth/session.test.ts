import { describe, expect, it, vi } from 'vitest';
import { signedIn } from '../test/render';
import { loadSession, refreshSession, type Session } from './session';

const next = (n: number): Session => ({
  userId: 'user-1',
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  refreshToken: `refresh-${n}`,
});

describe('refreshSession', () => {
  it('rotates the refresh token once when several requests were refused at the same time', async () => {
    signedIn();
    // A refresh token works once; presenting it twice would sign every session out.
    const refresh = vi.fn(async (token: string) => (token === 'refresh-1' ? next(2) : null));
    const sessions = await Promise.all([refreshSession('access-1', refresh), refreshSession('access-1', refresh), refreshSession('access-1', refresh)]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sessions.map((s) => s?.accessToken)).toEqual(['access-2', 'access-2', 'access-2']);
    expect(loadSession()?.refreshToken).toBe('refresh-2');
  });

  it('uses the session another tab already refreshed', async () => {
    signedIn();
    const refresh = vi.fn(async () => next(3));
    const session = await refreshSession('access-0', refresh);
    expect(refresh).not.toHaveBeenCalled();
    expect(session?.accessToken).toBe('access-1');
  });

  it('forgets the session when the server refuses the refresh token', async () => {
    signedIn();
    expect(await refreshSession('access-1', async () => null)).toBeNull();
    expect(loadSession()).toBeNull();
  });
});
