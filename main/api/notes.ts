import { AppError } from '../../common/errors';
import { NotesRepo } from '../db/notes-repo';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

export function notesHandlers(session: WorkspaceSession): HandlerSlice<'notes.get' | 'notes.save'> {
  return {
    'notes.get': ({ accountId }) => new NotesRepo(session.require().db).get(accountId),
    'notes.save': ({ accountId, body }) => {
      const workspace = session.require();
      if (!workspace.accounts.brief(accountId))
        throw new AppError('BAD_REQUEST', `There is no account #${accountId}.`);
      return new NotesRepo(workspace.db).save(accountId, body);
    },
  };
}
