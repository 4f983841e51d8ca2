import { AppError } from '../../common/errors';
import { accountIdLabel, unknownAccountName } from '../../common/unknown-account';
import { AccountIdentityRepo } from '../db/account-identity-repo';
import type { Db } from '../db/sqlite';
import { parseAccountRef } from '../importers/account-ref';
import type { Detection } from '../importers/format';
import { handleFromUser, namingProblem } from './name-account';

/** "the following list", "the likes", "the list": what the file holds of its owner's. */
export function ownerListWords(list: Detection['ownerList']): string {
  return list === 'likes' ? 'the likes' : list ? `the ${list} list` : 'the list';
}

/**
 * A list whose file names its owner only by an id the workspace has no handle for: the review
 * asks who it is. Null when the file says nothing of its owner, or the workspace knows them.
 */
export function unnamedListOwner(
  db: Db,
  detection: Detection,
): { list: 'followers' | 'following' | 'likes' | null; id: string; name: string } | null {
  const owner = detection.owner;
  if (!owner?.id || owner.handle) return null;
  const known = new AccountIdentityRepo(db).byNetworkId(owner.network, owner.id);
  if (known?.handle) return null;
  return {
    list: detection.ownerList ?? null,
    id: owner.id,
    name: unknownAccountName(owner.network, owner.id),
  };
}

/**
 * The handle the user gave (`--of`, the review's question) for the owner of a list the file names
 * only by id; undefined when the file names no such owner or the answer is that same id. Checked
 * before anything is read, so a wrong answer costs no reading: an answer that cannot be that
 * account is refused, naming the file.
 */
export function ownerHandleFor(
  db: Db,
  detection: Detection,
  answer: string | undefined,
  file: string,
): string | undefined {
  const owner = detection.owner;
  if (!answer || !owner?.id || owner.handle) return undefined;
  const list = ownerListWords(detection.ownerList);
  const ownerId = owner.id;
  const fileOwner = unknownAccountName(owner.network, ownerId);
  const refuse = (why: string) =>
    new AppError(
      'IMPORT_NEEDS_INPUT',
      `${file} is ${list} of ${accountIdLabel(owner.network, ownerId)}: ${why} Name another account, or leave it unnamed to keep it as “${fileOwner}”.`,
      { file, needs: 'listOwner' },
    );
  const key = parseAccountRef(answer, owner.network);
  if (key.network !== owner.network)
    throw refuse(`“${answer.trim()}” is not an account on the same network.`);
  if (key.id) {
    if (key.id === owner.id) return undefined;
    throw refuse(`its request URL says so, and account id ${key.id} is another account.`);
  }
  let handle: string;
  try {
    handle = handleFromUser(answer, owner.network);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
  const repo = new AccountIdentityRepo(db);
  const existing = repo.byNetworkId(owner.network, owner.id);
  const problem = namingProblem(
    repo,
    existing ?? { network: owner.network, externalId: owner.id, handle: null },
    handle,
  );
  if (problem) throw refuse(problem);
  return existing?.handle ? undefined : handle;
}
