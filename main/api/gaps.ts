import { gapsOf } from '../workspace/gaps';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function gapsHandlers(session: WorkspaceSession): HandlerSlice<'gaps.get'> {
  return {
    'gaps.get': ({ accountId, staleAfterDays }) => gapsOf(session.require(), accountId, { staleAfterDays }),
  };
}
