import { QueryClient, type Query } from '@tanstack/react-query';
import type { ApiEvents, EventName } from '../../../common/api';
import { allButNotes, type DataKind } from '../../../common/data-kinds';

/** What a query reads, kept in its meta so an announcement can find the queries it affects. */
export interface QueryMeta extends Record<string, unknown> {
  dependsOn: readonly DataKind[];
  /** About the app, not the open workspace (settings, the recent list): kept across workspaces. */
  workspaceFree?: boolean;
  /** Read again whenever a workspace opens or closes (the recent list). */
  refreshOnOpen?: boolean;
}

/**
 * The renderer's one cache of core answers. Answers stay fresh until the core says the data
 * under them changed (`workspace.revised`): no polling, no refetch on focus, no retries (a failed
 * call shows its message; the core does not fail at random).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

function metaOf(query: Query): QueryMeta {
  return (query.meta as QueryMeta | undefined) ?? { dependsOn: allButNotes };
}

type Subscribe = <E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;

/**
 * Ties the cache to the core's announcements: a revision refetches the queries that read what
 * changed (views keep their old answer on screen meanwhile); another workspace, or none, drops
 * every answer about the previous one.
 */
export function followCoreChanges(client: QueryClient, on: Subscribe): () => void {
  const offRevised = on('workspace.revised', ({ changed }) => {
    const predicate = (query: Query) => metaOf(query).dependsOn.some((kind) => changed.includes(kind));
    // A call already in flight may have read the data before the write: drop it and ask again.
    // (Invalidation alone would let a first load in flight finish and show the older answer.)
    void client.cancelQueries({ predicate }).then(() => client.invalidateQueries({ predicate }));
  });
  const offChanged = on('workspace.changed', () => {
    void client.resetQueries({ predicate: (query) => !metaOf(query).workspaceFree });
    void client.invalidateQueries({ predicate: (query) => metaOf(query).refreshOnOpen === true });
  });
  return () => {
    offRevised();
    offChanged();
  };
}
