import { useEffect, useState } from 'react';
import type { EgoGraphDto } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

export interface EgoGraphState {
  /** The last graph received; kept while a new budget loads so the picture does not blank. */
  graph: EgoGraphDto | null;
  loading: boolean;
  error: string | null;
  /** How long the core took, for the status line. */
  tookMs: number | null;
}

/** The prospect's neighbourhood from the core, within a node budget. */
export function useEgoGraph(accountId: number, budget: number, version: number): EgoGraphState {
  const [state, setState] = useState<EgoGraphState>({
    graph: null,
    loading: true,
    error: null,
    tookMs: null,
  });

  useEffect(() => {
    let live = true;
    const started = performance.now();
    setState((previous) => ({
      ...previous,
      graph: previous.graph?.prospect.id === accountId ? previous.graph : null,
      loading: true,
      error: null,
    }));
    api.graph
      .egoGraph({ accountId, budget })
      .then((graph) => {
        if (live)
          setState({ graph, loading: false, error: null, tookMs: Math.round(performance.now() - started) });
      })
      .catch((error: unknown) => {
        if (live) setState((previous) => ({ ...previous, loading: false, error: describeError(error) }));
      });
    return () => {
      live = false;
    };
  }, [accountId, budget, version]);

  return state;
}
