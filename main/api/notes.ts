import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function notesHandlers(session: WorkspaceSession): HandlerSlice<'notes.get' | 'notes.save'> {
  return {
    'notes.get': ({ accountId }) => session.require().notes.get(accountId),
    'notes.save': ({ accountId, body }) => {
      const workspace = session.require();
      workspace.requireAccount(accountId);
      return workspace.notes.save(accountId, body);
    },
  };
}
