import { findPaths } from '../workspace/referral-paths';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function pathHandlers(session: WorkspaceSession): HandlerSlice<'paths.find'> {
  return { 'paths.find': ({ accountId, limit }) => findPaths(session.require(), accountId, limit) };
}
