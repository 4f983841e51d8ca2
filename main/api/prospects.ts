import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

export function prospectHandlers(session: WorkspaceSession): HandlerSlice<'prospects.list'> {
  return { 'prospects.list': () => session.require().prospects.list() };
}
