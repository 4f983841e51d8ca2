import { previewErase, runErase, type EraseWho } from '../workspace/erase';
import type { WorkspaceBackups } from '../workspace/backups';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

const who = (args: { accountId?: number | undefined; personId?: number | undefined }): EraseWho =>
  args.accountId !== undefined ? { accountId: args.accountId } : { personId: args.personId! };

export function eraseHandlers(
  session: WorkspaceSession,
  backups: WorkspaceBackups,
): HandlerSlice<'erase.preview' | 'erase.run'> {
  return {
    'erase.preview': (args) => previewErase(session.require(), who(args), args),
    'erase.run': (args) => runErase(session.require(), who(args), args, backups),
  };
}
