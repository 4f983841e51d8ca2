import { AppError } from '../../common/errors';
import { accountIdLabel, unknownAccountName } from '../../common/unknown-account';
import { AccountIdentityRepo, isHandlePlaceholder, type AccountIdentity } from '../db/account-identity-repo';
import { AccountsWriteRepo } from '../db/accounts-write-repo';
import type { Db } from '../db/sqlite';
import { parseAccountRef } from '../importers/account-ref';
import type { Network } from '../importers/records';
import { SourcesRepo } from '../db/sources-repo';
import { refreshProfile } from './refresh-profile';

/** How an account is called in a message: its handle, else what it is called until named. */
export function accountLabel(account: Pick<AccountIdentity, 'network' | 'externalId' | 'handle'>): string {
  return account.handle ? `@${account.handle}` : unknownAccountName(account.network, account.externalId);
}

/**
 * The handle a user typed for an account on `network` (`@dana`, `dana`, a profile URL), or
 * BAD_REQUEST in their words: an id or an account on another network names no handle.
 */
export function handleFromUser(text: string, network: string): string {
  const key = parseAccountRef(text, network as Network);
  const handle = key.network === network ? key.handle : undefined;
  // X handles are letters, digits and underscores, at most 15 (x.com/en/help: "your username").
  if (!handle || (network === 'x' && !/^[A-Za-z0-9_]{1,15}$/.test(handle))) {
    throw new AppError(
      'BAD_REQUEST',
      `“${text.trim()}” is not a handle on ${network === 'x' ? 'X' : network}: type the account's handle, such as @dana.`,
    );
  }
  return handle;
}

/**
 * Why `target` cannot be given `handle`, in the user's words, or null when it can: it already
 * has another handle, or the handle belongs to another account with its own network id (two
 * ids are two accounts). Another row known only by that handle is the same account: it merges.
 */
export function namingProblem(
  repo: AccountIdentityRepo,
  target: Pick<AccountIdentity, 'network' | 'externalId' | 'handle'> & { id?: number },
  handle: string,
): string | null {
  if (target.handle && target.handle.toLowerCase() !== handle.toLowerCase()) {
    return `${accountIdLabel(target.network, target.externalId)} is @${target.handle} in this workspace, not @${handle}.`;
  }
  const other = repo
    .othersWithHandle(target.network, handle, target.id ?? 0)
    .find((account) => !isHandlePlaceholder(account.externalId));
  if (other) {
    const label = accountLabel({ ...target, handle: null });
    return `@${handle} is already another account in this workspace (${accountIdLabel(other.network, other.externalId)}), so it cannot also be ${label}.`;
  }
  return null;
}

/**
 * Says who an account known only by its id is: gives it the handle and merges into it any row
 * known only by that handle (follows, posts, links, notes and categories move; each import that
 * brought them is kept). Runs inside the caller's transaction; returns how many rows merged into it.
 */
export function nameAccount(db: Db, accountId: number, handle: string): number {
  const repo = new AccountIdentityRepo(db);
  const account = repo.get(accountId);
  if (!account) throw new AppError('BAD_REQUEST', `There is no account #${accountId}.`);
  const problem = namingProblem(repo, account, handle);
  if (problem) throw new AppError('BAD_REQUEST', problem);
  const placeholders = repo.othersWithHandle(account.network, handle, account.id);
  for (const placeholder of placeholders) repo.merge(account.id, placeholder.id);
  repo.setHandle(account.id, account.handle ?? handle);
  if (account.name === unknownAccountName(account.network, account.externalId))
    repo.setName(account.id, null);
  refreshProfile(new AccountsWriteRepo(db), account.id);
  return placeholders.length;
}

/**
 * Gives an account the import left with neither handle nor name the name that says so ("X
 * account id 12345 (name unknown)"); true when it did.
 */
export function nameIfUnknown(db: Db, accountId: number): boolean {
  const repo = new AccountIdentityRepo(db);
  const account = repo.get(accountId);
  if (!account || account.handle || account.name?.trim()) return false;
  repo.setName(account.id, unknownAccountName(account.network, account.externalId));
  return true;
}

/** The import's note that the owner of its list is kept unnamed, and how to name it. */
export function unnamedOwnerWarning(
  db: Db,
  accountId: number,
  sourceId: number,
): { message: string; where?: string } {
  const account = new AccountIdentityRepo(db).get(accountId)!;
  const file = new SourcesRepo(db).fileName(sourceId);
  return {
    message: `The file names whose list it is only by id: that account is kept as “${account.name}” until you name it (in Accounts, or with the CLI: accounts name ${account.externalId} --handle @name).`,
    ...(file ? { where: file } : {}),
  };
}
