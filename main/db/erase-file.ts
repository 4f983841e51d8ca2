import { EraseRepo, type EraseChoices, type EraseReport, type EraseTarget } from './erase-repo';
import { scrubFreedBytes, withSecureDelete } from './erase-scrub';
import { migrate } from './migrate';
import { openSqlite, type Db } from './sqlite';
import { SuppressionRepo } from './suppression-repo';

export interface EraseFileOptions {
  /** Also writes a suppression entry, so a later import does not bring them back. */
  neverImportAgain?: boolean;
}

/**
 * Erases someone from one workspace file and leaves no byte of them in it, its WAL or its
 * full-text indexes. The target names them by network id or source key, not row id, so the same
 * call erases them from each backup file as well as from the open workspace.
 */
export function eraseFromWorkspaceFile(
  db: Db,
  target: EraseTarget,
  choices: EraseChoices,
  options: EraseFileOptions = {},
): EraseReport {
  const repo = new EraseRepo(db);
  const suppressed = options.neverImportAgain ? repo.suppressionKeys(target, choices) : [];
  const report = withSecureDelete(db, () =>
    db
      .transaction(() => {
        if (suppressed.length) new SuppressionRepo(db).suppress(suppressed);
        return repo.erase(target, choices);
      })
      .immediate(),
  );
  scrubFreedBytes(db);
  return report;
}

/**
 * Erases them from a closed workspace file (a backup). Returns false when the file does not hold
 * them (nothing to do); throws when it cannot be read. `unlock` keys an encrypted file.
 */
export function eraseFromClosedFile(
  path: string,
  target: EraseTarget,
  choices: EraseChoices,
  options: EraseFileOptions & { unlock?: (db: Db) => void },
): boolean {
  const db = openSqlite(path, { mustExist: true });
  try {
    options.unlock?.(db);
    migrate(db); // a backup from before an upgrade takes the schema this erase knows
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    if (!new EraseRepo(db).holds(target)) {
      // Still suppressed in the backup, so restoring it does not forget "never import again".
      if (options.neverImportAgain) {
        db.transaction(() =>
          new SuppressionRepo(db).suppress(new EraseRepo(db).suppressionKeys(target, choices)),
        )();
      }
      return false;
    }
    eraseFromWorkspaceFile(db, target, choices, options);
    return true;
  } finally {
    db.close();
  }
}
