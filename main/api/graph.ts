import { egoGraph } from '../workspace/ego-graph';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function graphHandlers(session: WorkspaceSession): HandlerSlice<'graph.egoGraph'> {
  return {
    'graph.egoGraph': ({ accountId, budget, pathCount }) =>
      egoGraph(session.require(), accountId, budget, pathCount),
  };
}
