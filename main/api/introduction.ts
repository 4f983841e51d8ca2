import { introductionDrafts } from '../workspace/introduction';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function introductionHandlers(session: WorkspaceSession): HandlerSlice<'intro.draft'> {
  return {
    'intro.draft': ({ accountId, pathIndex, viaAccountId }) =>
      introductionDrafts(
        session.require(),
        accountId,
        viaAccountId === undefined ? { pathIndex } : { viaAccountId },
      ),
  };
}
