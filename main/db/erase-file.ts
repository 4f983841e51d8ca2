import { EraseRepo, type EraseChoices, type EraseReport, type EraseTarget } from './erase-repo';
import { scrubFreedBytes, withSecureDelete } from './erase-scrub';
import type { Db } from './sqlite';

/**
 * Erases someone from one workspace file and leaves no byte of them in it, its WAL or its
 * full-text indexes. The target names them by network id or source key, not row id, so a backup
 * rewriter can call this on each backup file as well as on the open workspace.
 */
export function eraseFromWorkspaceFile(db: Db, target: EraseTarget, choices: EraseChoices): EraseReport {
  const report = withSecureDelete(db, () => new EraseRepo(db).erase(target, choices));
  scrubFreedBytes(db);
  return report;
}
