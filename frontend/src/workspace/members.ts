import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { MembersPageQuery } from '../gql/graphql';

export const MembersPage = graphql(`
  query MembersPage($first: Int!, $after: String) {
    organization {
      id
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          role
          seesAllCustomers
          createdAt
          user {
            id
            email
            fullName
          }
        }
      }
    }
  }
`);

export type OrganizationMember = MembersPageQuery['organization']['members']['nodes'][number];

const PAGE_SIZE = 100;

interface MembersState {
  members: OrganizationMember[] | undefined;
  error: CombinedError | undefined;
  loading: boolean;
}

/**
 * Every member of the open organization (all pages): the members page, the role counts on the
 * dashboard and the names in the audit log need the whole list, and it is small.
 */
export function useAllMembers() {
  const client = useClient();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<MembersState>({ members: undefined, error: undefined, loading: true });

  useEffect(() => {
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true }));
    (async () => {
      const members: OrganizationMember[] = [];
      let after: string | null = null;
      do {
        const result = await client.query(MembersPage, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ members: undefined, error: result.error, loading: false });
          return;
        }
        const page: MembersPageQuery['organization']['members'] = result.data.organization.members;
        members.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after !== null);
      setState({ members, error: undefined, loading: false });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
