import { introductionDraft } from '../workspace/introduction';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function introductionHandlers(session: WorkspaceSession): HandlerSlice<'intro.draft'> {
  return {
    'intro.draft': ({ accountId, pathIndex }) => introductionDraft(session.require(), accountId, pathIndex),
  };
}
