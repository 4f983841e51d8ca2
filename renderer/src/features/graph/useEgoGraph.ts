import type { EgoGraphDto } from '../../../../common/dto';
import { api } from '../../api';
import { useCoreQuery } from '../../api/useApiQuery';

export interface EgoGraphState {
  /** The last graph received; kept while a new budget loads so the picture does not blank. */
  graph: EgoGraphDto | null;
  loading: boolean;
  error: string | null;
  /** How long the core took, for the status line. */
  tookMs: number | null;
}

/** The prospect's neighbourhood from the core, within a node budget, with its `pathCount` best paths. */
export function useEgoGraph(accountId: number, budget: number, pathCount = 5): EgoGraphState {
  const query = useCoreQuery(
    ['graph.egoGraph', { accountId, budget, pathCount }],
    async () => {
      const started = performance.now();
      const graph = await api.graph.egoGraph({ accountId, budget, pathCount });
      return { graph, tookMs: Math.round(performance.now() - started) };
    },
    // Nodes carry their categories; paths and reach come from records and links.
    { dependsOn: ['records', 'links', 'rules'], keepPrevious: true },
  );
  // Another budget (or more paths) keeps the last picture; another prospect never shows the last one's.
  const graph = query.data?.graph.prospect.id === accountId ? query.data.graph : null;
  return {
    graph,
    loading: query.loading || query.refreshing,
    error: query.error,
    tookMs: query.data?.tookMs ?? null,
  };
}
