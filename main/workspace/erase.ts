import type { ErasePreviewDto, EraseResultDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import { eraseFromWorkspaceFile } from '../db/erase-file';
import { EraseRepo, type EraseChoices, type EraseTarget } from '../db/erase-repo';
import { unlockerOf, type WorkspaceBackups } from './backups';
import { eraseFromBackups } from './backups-erase';
import type { OpenWorkspace } from './open-workspace';

/** Whom the user erases: an account or a person, by their id in the open workspace. */
export type EraseWho = { accountId: number } | { personId: number };

export interface EraseRequest extends EraseChoices {
  /** A suppression entry (a salted hash of their id) so a later import does not bring them back. */
  neverImportAgain: boolean;
}

function targetOf(workspace: OpenWorkspace, who: EraseWho): EraseTarget {
  const repo = new EraseRepo(workspace.db);
  if ('accountId' in who) {
    const target = repo.accountTarget(who.accountId);
    if (!target) throw new AppError('BAD_REQUEST', `There is no account #${who.accountId}.`);
    return target;
  }
  const target = repo.personTarget(who.personId);
  if (!target) throw new AppError('BAD_REQUEST', `There is no person #${who.personId}.`);
  return target;
}

/** What erasing them would remove: counts per kind, and the notes that mention them. */
export function previewErase(
  workspace: OpenWorkspace,
  who: EraseWho,
  choices: EraseChoices,
): ErasePreviewDto {
  return new EraseRepo(workspace.db).preview(targetOf(workspace, who), choices);
}

/**
 * Erases them from the workspace file, leaving no byte of them in it, its WAL or its indexes,
 * and then from each of its backups. A backup is taken first, like before any removal; it is
 * erased from with the others, so it keeps everything but them. Follows change without an
 * import, which is what the tie index watches, so it is dropped.
 */
export function runErase(
  workspace: OpenWorkspace,
  who: EraseWho,
  request: EraseRequest,
  backups: WorkspaceBackups,
): EraseResultDto {
  const { neverImportAgain, ...choices } = request;
  const target = targetOf(workspace, who);
  const terms = new EraseRepo(workspace.db).termsOf(target);
  const whom = target.kind === 'account' ? 'an account' : 'a person';
  backups.before(workspace, { label: `erase of ${whom}`, outcome: 'nothing was erased' });
  const report = eraseFromWorkspaceFile(workspace.db, target, choices, { neverImportAgain });
  workspace.ties.forget();
  const rewritten = eraseFromBackups(workspace.path, target, choices, terms, {
    neverImportAgain,
    ...unlockerOf(workspace.key),
  });
  return { ...report, neverImportAgain: neverImportAgain ? 'suppressed' : null, backups: rewritten };
}
