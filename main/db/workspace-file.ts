import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { workspaceName } from '../../common/workspace-name';
import { AppError } from '../../common/errors';
import { latestSchemaVersion } from './migrations';
import { migrate, schemaVersion } from './migrate';
import { openSqlite, sqliteCode, type Db } from './sqlite';
import { storageError } from './sqlite-errors';
import { assertSound, damagedWorkspace } from './backup-file';
import {
  applyKey,
  encryptionUnavailable,
  hasPlainHeader,
  mayBeEncrypted,
  type WorkspaceKey,
} from './workspace-cipher';

/** Marks a SQLite file as ours (PRAGMA application_id): "ITrk". */
export const APPLICATION_ID = 0x4954726b;
export const WORKSPACE_EXTENSION = '.itrack';

/** Which file a path names: device and inode (bigint, as Windows file ids exceed 2^53). */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

export function fileIdentity(path: string): FileIdentity | null {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

/** Whether the path still names the file opened; false when it is gone or another file. */
export function sameFile(opened: FileIdentity | null, now: FileIdentity | null): boolean {
  if (!opened) return true; // not known at open: nothing to compare with
  return now !== null && now.dev === opened.dev && now.ino === opened.ino;
}

function lockedError(path: string): AppError {
  return new AppError(
    'WORKSPACE_LOCKED',
    `“${workspaceName(path)}” is open in another Inside Track window or process. Close it there first.`,
    { path },
  );
}

/**
 * Takes the workspace for this process alone. EXCLUSIVE locking keeps the lock from the first
 * write until close, and the operating system drops it if the process dies, so a crash never
 * leaves a stale lock behind.
 */
function takeExclusiveLock(db: Db, path: string): void {
  db.pragma('locking_mode = EXCLUSIVE');
  try {
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_BUSY') throw lockedError(path);
    throw error;
  }
}

function configure(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // Imports touch many index pages; SQLite's default 2 MB page cache makes them seek constantly.
  db.pragma('cache_size = -131072');
  db.pragma('temp_store = MEMORY');
}

function closeQuietly(db: Db | undefined): void {
  try {
    db?.close();
  } catch {
    /* already failing: the first error is the one worth reporting */
  }
}

/** How a workspace file is opened or created: with `key`, encrypted (see workspace-cipher.ts). */
export interface WorkspaceFileOptions {
  key?: WorkspaceKey;
}

function needsPassphrase(path: string): AppError {
  return new AppError(
    'WORKSPACE_NEEDS_PASSPHRASE',
    `“${workspaceName(path)}” is encrypted. Enter its passphrase to open it.`,
    { path },
  );
}

function wrongPassphrase(path: string): AppError {
  return new AppError(
    'WORKSPACE_WRONG_PASSPHRASE',
    `Cannot open “${basename(path)}”: wrong passphrase, or not an Inside Track workspace. Nothing was changed.`,
    { path },
  );
}

const sidecars = ['-wal', '-shm', '-journal'];

function removeWithSidecars(path: string): void {
  for (const suffix of ['', ...sidecars]) rmSync(path + suffix, { force: true });
}

/** A cipher that ignored its key would have written "SQLite format 3" in plain: never keep that. */
function assertEncryptedOnDisk(path: string): void {
  if (hasPlainHeader(path)) throw encryptionUnavailable();
}

/** Creates a new workspace file; refuses to touch an existing one. */
export function createWorkspaceFile(
  path: string,
  appVersion: string,
  options: WorkspaceFileOptions = {},
): Db {
  if (existsSync(path)) {
    throw new AppError('WORKSPACE_EXISTS', `A file named “${basename(path)}” already exists there.`, {
      path,
    });
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new AppError('IO', `Cannot create the folder ${dirname(path)}: ${String(error)}`, {
      path,
    });
  }
  let db: Db | undefined;
  try {
    db = openSqlite(path, { mustExist: false });
    if (options.key) applyKey(db, options.key, { newFile: true });
    db.pragma(`application_id = ${APPLICATION_ID}`);
    takeExclusiveLock(db, path);
    if (options.key) assertEncryptedOnDisk(path);
    configure(db);
    migrate(db);
    db.prepare('INSERT INTO workspace_meta(key, value) VALUES (?, ?), (?, ?)').run(
      'created_at',
      new Date().toISOString(),
      'created_by',
      appVersion,
    );
    return db;
  } catch (error) {
    closeQuietly(db);
    // An encrypted workspace that failed half-way leaves nothing behind, plaintext least of all.
    if (options.key) removeWithSidecars(path);
    if (error instanceof AppError) throw error;
    throw (
      storageError(error, { workspace: basename(path), outcome: 'the workspace was not created' }) ??
      new AppError('IO', `Cannot create “${basename(path)}”: ${String(error)}`, { path })
    );
  }
}

/**
 * Opens an existing workspace, upgrading an older schema; refuses anything it would damage. A
 * file that is not plain SQLite may be encrypted: it opens with its `key` (keyForFile), and
 * without one it is refused as WORKSPACE_NEEDS_PASSPHRASE, so the host can ask for it.
 */
export function openWorkspaceFile(path: string, options: WorkspaceFileOptions = {}): Db {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new AppError('WORKSPACE_NOT_FOUND', `There is no workspace file at ${path}.`, { path });
  }
  const notOurs = new AppError(
    'WORKSPACE_NOT_SQLITE',
    `“${basename(path)}” is not an Inside Track workspace (it is not a SQLite database).`,
    { path },
  );
  const encrypted = !hasPlainHeader(path);
  if (encrypted && !mayBeEncrypted(path)) throw notOurs;
  if (encrypted && !options.key) throw needsPassphrase(path);

  let db: Db | undefined;
  try {
    db = openSqlite(path, { mustExist: true });
    if (encrypted && options.key) applyKey(db, options.key);
    // Read-only checks first: nothing is written to a file we are going to refuse.
    const applicationId = Number(db.pragma('application_id', { simple: true }));
    if (applicationId !== APPLICATION_ID) {
      throw new AppError(
        'WORKSPACE_NOT_SQLITE',
        `“${basename(path)}” is a SQLite database, but not an Inside Track workspace.`,
        { path, applicationId },
      );
    }
    const version = schemaVersion(db);
    if (version > latestSchemaVersion) {
      throw new AppError(
        'WORKSPACE_TOO_NEW',
        `“${basename(path)}” was saved by a newer version of Inside Track (format ${version}; this version reads up to ${latestSchemaVersion}). Update Inside Track to open it.`,
        { path, fileVersion: version, supportedVersion: latestSchemaVersion },
      );
    }
    takeExclusiveLock(db, path);
    configure(db);
    assertSound(db, path);
    migrate(db);
    return db;
  } catch (error) {
    closeQuietly(db);
    if (error instanceof AppError) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_BUSY') throw lockedError(path);
    if (code === 'SQLITE_NOTADB') throw encrypted ? wrongPassphrase(path) : notOurs;
    if (code === 'SQLITE_CORRUPT') throw damagedWorkspace(path, null);
    // A read-only file, folder or disk: opening takes the write lock, so it says so here.
    throw (
      storageError(error, {
        workspace: basename(path),
        outcome: 'Inside Track needs to write to it to open it',
      }) ?? new AppError('IO', `Cannot open “${basename(path)}”: ${String(error)}`, { path })
    );
  }
}
