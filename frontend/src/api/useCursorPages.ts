import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

export interface Connection<N> {
  nodes: N[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

interface PagesState<N> {
  nodes: N[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error?: CombinedError;
}

/**
 * A relay connection read page by page (newest first on the server), `pageSize` at a time: new
 * variables start over, `loadMore` appends the next page, `reload` starts over (after a change).
 */
export function useCursorPages<D, V extends AnyVariables, N>(
  query: TypedDocumentNode<D, V>,
  variables: Omit<V, 'first' | 'after'>,
  pick: (data: D) => Connection<N>,
  pageSize = 50,
) {
  const client = useClient();
  const latest = useRef(0);
  const key = JSON.stringify(variables);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  const [state, setState] = useState<PagesState<N>>({ nodes: [], total: 0, endCursor: null, hasNextPage: false, loading: true });

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current;
      setState((s) => ({ ...s, loading: true, error: undefined }));
      const vars = { ...(JSON.parse(key) as object), first: pageSize, after } as unknown as V;
      const result = await client.query(query, vars, { requestPolicy: 'network-only' }).toPromise();
      if (request !== latest.current) return;
      if (result.error || !result.data) {
        setState((s) => ({ ...s, loading: false, error: result.error }));
        return;
      }
      const page = pickRef.current(result.data);
      setState((s) => ({
        nodes: after === null ? page.nodes : [...s.nodes, ...page.nodes],
        total: page.totalCount,
        endCursor: page.pageInfo.endCursor ?? null,
        hasNextPage: page.pageInfo.hasNextPage,
        loading: false,
      }));
    },
    [client, query, key, pageSize],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const { endCursor } = state;
  const reload = useCallback(() => load(null), [load]);
  const loadMore = useCallback(() => load(endCursor), [load, endCursor]);
  return { ...state, reload, loadMore };
}
