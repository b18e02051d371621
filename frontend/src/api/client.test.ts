import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../auth/session';
import { fakeGraphQL, signedIn, type GraphQLCall } from '../test/render';
import { WorkspaceQuery } from '../workspace/documents';
import { createApiClient } from './client';

const workspace = {
  data: {
    me: { __typename: 'Viewer', id: 'user-1', email: 'chen@example.com', fullName: '陈会计', locale: 'ZH_CN', organizations: [] },
  },
};
const refused = { data: null, errors: [{ message: 'This session has ended; sign in again.', extensions: { code: 'INVALID_TOKEN' } }] };
const bearer = (call: GraphQLCall) => call.headers.get('authorization');

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('sends X-Organization, and on a refused token refreshes once and retries', async () => {
    signedIn();
    const api = fakeGraphQL((call) => (bearer(call) === 'Bearer access-2' ? workspace : refused));
    vi.stubGlobal('fetch', api.fetch);
    const onSessionEnded = vi.fn();
    const refresh = vi.fn(async () => ({
      userId: 'user-1',
      accessToken: 'access-2',
      accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    }));
    const client = createApiClient({ organizationId: 'org-1', onSessionEnded, refresh });

    const result = await client.query(WorkspaceQuery, {}).toPromise();

    expect(result.data?.me.fullName).toBe('陈会计');
    expect(api.calls.map(bearer)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(api.calls[1].headers.get('x-organization')).toBe('org-1');
    expect(loadSession()?.accessToken).toBe('access-2');
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('ends the session when the refresh token is refused', async () => {
    signedIn();
    const api = fakeGraphQL(() => refused);
    vi.stubGlobal('fetch', api.fetch);
    const onSessionEnded = vi.fn();
    const refresh = vi.fn(async () => null);
    const client = createApiClient({ organizationId: 'org-1', onSessionEnded, refresh });

    const result = await client.query(WorkspaceQuery, {}).toPromise();

    expect(result.error?.graphQLErrors[0].extensions.code).toBe('INVALID_TOKEN');
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    expect(loadSession()).toBeNull();
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
