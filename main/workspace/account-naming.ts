import type { AccountRow } from '../../common/dto';
import { AccountIdentityRepo } from '../db/account-identity-repo';
import { handleFromUser, nameAccount } from '../ingest/name-account';
import type { OpenWorkspace } from './open-workspace';

/**
 * The user says who an account known only by its id is (`@handle`): it takes the handle, and an
 * account known only by that handle merges into it, in one transaction. Contacts are matched
 * again, since a handle is what many of them state.
 */
export function nameAccountAs(workspace: OpenWorkspace, accountId: number, handleText: string): AccountRow {
  const account = workspace.requireAccount(accountId);
  const handle = handleFromUser(handleText, account.network);
  new AccountIdentityRepo(workspace.db).inTransaction(() => {
    nameAccount(workspace.db, accountId, handle);
    workspace.people.suggestLinks();
  });
  // A merge moves follows without an import, which is what the tie index watches for.
  workspace.ties.forget();
  return workspace.accounts.byId(accountId)!;
}
