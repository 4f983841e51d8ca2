import { AppError } from '../../common/errors';
import { workspaceName } from '../../common/workspace-name';
import { backupDate, listBackups } from './backup-folder';
import { openSqlite, sqliteCode, type Db } from './sqlite';

/**
 * Writes a consistent copy of the open workspace to `target` with VACUUM INTO: it reads through
 * the connection, so the copy holds what is committed (WAL included), is compacted, and on a
 * keyed connection is encrypted with the same key and salt. (db.backup() is refused by the cipher
 * build.) The target must not exist.
 */
export function snapshotInto(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/** PRAGMA quick_check's findings: an empty list when the file is sound. */
export function quickCheck(db: Db): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
}

/**
 * Whether a closed workspace file (a backup, before it is restored) passes quick_check. `unlock`
 * applies the workspace's key to the connection when it is encrypted. Any failure to read it,
 * wrong key included, counts as not sound.
 */
export function fileIsSound(path: string, unlock?: (db: Db) => void): boolean {
  let db: Db | undefined;
  try {
    db = openSqlite(path, { mustExist: true });
    unlock?.(db);
    return quickCheck(db).length === 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * The error a damaged workspace gets when it is opened: it names the newest backup, so the app
 * can offer to restore it (the restore checks that backup before using it).
 */
export function damagedWorkspace(path: string, problems: number | null): AppError {
  const name = workspaceName(path);
  const newest = listBackups(path)[0];
  const found = problems
    ? ` (SQLite's check found ${problems === 1 ? 'a problem' : `${problems} problems`})`
    : '';
  const offer = newest
    ? `Restore the newest backup (${backupDate(newest.createdAt)})?`
    : 'It has no backups to restore.';
  return new AppError('WORKSPACE_DAMAGED', `“${name}” is damaged${found}. ${offer}`, {
    path,
    ...(newest ? { backup: { name: newest.name, createdAt: newest.createdAt, label: newest.label } } : {}),
  });
}

/** Runs quick_check on a workspace being opened; a damaged one is refused with damagedWorkspace. */
export function assertSound(db: Db, path: string): void {
  let problems: string[];
  try {
    problems = quickCheck(db);
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_CORRUPT') throw damagedWorkspace(path, null);
    throw error;
  }
  if (problems.length > 0) throw damagedWorkspace(path, problems.length);
}
