import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../common/errors';
import { openSqlite, type Db } from './sqlite';
import { applyKey, hasPlainHeader, rekeyFile, type WorkspaceKey } from './workspace-cipher';

const sidecars = (path: string) => ['-wal', '-shm', '-journal'].map((suffix) => path + suffix);

function removeWithSidecars(path: string): void {
  for (const file of [path, ...sidecars(path)]) rmSync(file, { force: true });
}

/** Rows per table (virtual tables left out: their rows live in the shadow tables counted). */
function rowCounts(db: Db): Map<string, number> {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .pluck()
    .all() as string[];
  return new Map(
    names.map((name) => [
      name,
      Number(
        db
          .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
          .pluck()
          .get(),
      ),
    ]),
  );
}

function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    /* a folder cannot be synced on every system (Windows): the rename is still atomic */
  } finally {
    closeSync(fd);
  }
}

function copyFailed(path: string, why: string): AppError {
  return new AppError(
    'IO',
    `“${basename(path)}” was not encrypted: ${why}. The workspace was left as it was.`,
    { path },
  );
}

/** Opens the copy with the key and checks it holds what the workspace holds, row for row. */
function verifyCopy(copyPath: string, path: string, key: WorkspaceKey, expected: Map<string, number>) {
  if (hasPlainHeader(copyPath)) throw copyFailed(path, 'the copy came out unencrypted');
  const copy = openSqlite(copyPath, { mustExist: true });
  try {
    applyKey(copy, key);
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') {
      throw copyFailed(path, 'the encrypted copy failed its integrity check');
    }
    const got = rowCounts(copy);
    for (const [table, count] of expected) {
      if (got.get(table) !== count) throw copyFailed(path, `the encrypted copy lost rows of ${table}`);
    }
  } finally {
    copy.close();
  }
}

/**
 * Writes an encrypted copy of the open plain workspace beside it and verifies it; returns the
 * copy's path. VACUUM INTO cannot write an encrypted file itself (URI filenames are compiled
 * off), so the copy is written plain, then rekeyed in place with a rollback journal (the cipher
 * refuses to rekey in WAL mode). Nothing is kept if any step fails.
 */
export function writeEncryptedCopy(db: Db, path: string, key: WorkspaceKey): string {
  const copyPath = join(dirname(path), `.${basename(path)}.encrypting`);
  removeWithSidecars(copyPath);
  try {
    const expected = rowCounts(db);
    db.prepare('VACUUM INTO ?').run(copyPath);
    const copy = openSqlite(copyPath, { mustExist: true });
    try {
      copy.pragma('temp_store = MEMORY');
      rekeyFile(copy, key);
    } finally {
      copy.close();
    }
    verifyCopy(copyPath, path, key, expected);
    syncPath(copyPath);
    return copyPath;
  } catch (error) {
    removeWithSidecars(copyPath);
    throw error;
  }
}

/**
 * Puts the verified copy in the workspace's place once the workspace is closed. The old WAL and
 * journal go first, so a plain WAL never sits beside the encrypted file, then an atomic rename.
 */
export function replaceWithCopy(copyPath: string, path: string): void {
  for (const file of sidecars(path)) rmSync(file, { force: true });
  renameSync(copyPath, path);
  syncPath(dirname(path));
  for (const file of sidecars(copyPath)) rmSync(file, { force: true });
}

/** Removes a copy that will not be used (the workspace could not be closed for the swap). */
export function discardCopy(copyPath: string): void {
  removeWithSidecars(copyPath);
}

/**
 * Re-encrypts a closed workspace file (a backup) so it follows its workspace: from its current
 * key (null: plain) to the new one (null: decrypted). Its rollback journal is deleted with it.
 */
export function rekeyClosedFile(path: string, from: WorkspaceKey | null, to: WorkspaceKey | null): void {
  const db = openSqlite(path, { mustExist: true });
  try {
    if (from && !hasPlainHeader(path)) applyKey(db, from);
    db.pragma('temp_store = MEMORY');
    rekeyFile(db, to);
  } finally {
    db.close();
  }
}
