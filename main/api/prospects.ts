import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function prospectHandlers(
  session: WorkspaceSession,
): HandlerSlice<'prospects.list' | 'prospects.add' | 'prospects.remove'> {
  return {
    'prospects.list': () => session.require().prospects.list(),
    'prospects.add': ({ accountId }) => {
      const workspace = session.require();
      workspace.requireAccount(accountId);
      return workspace.prospects.add(accountId)!;
    },
    'prospects.remove': ({ accountId }) => {
      session.require().prospects.remove(accountId);
      return null;
    },
  };
}
