import {
  closeSync,
  copyFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../common/dto';
import { AppError } from '../../common/errors';
import {
  backupDate,
  backupsFolder,
  backupStamp,
  findBackup,
  listBackups,
  sidecarPath,
  type BackupEntry,
  type BackupSidecar,
} from '../db/backup-folder';
import { fileIsSound, snapshotInto } from '../db/backup-file';
import type { Db } from '../db/sqlite';
import { applyKey, hasPlainHeader, keyForFile, type WorkspaceKey } from '../db/workspace-cipher';
import { storageError } from '../db/sqlite-errors';
import type { OpenWorkspace } from './open-workspace';
import type { WorkspaceSession } from './session';

export interface BackupPolicy {
  /** How many backups a workspace keeps; older ones are deleted after each new one. */
  keep(): number;
  /** Writes the copy (VACUUM INTO); a test puts a full disk in its place. */
  snapshot?(db: Db, target: string): void;
}

/** How a backup of this workspace is opened: with its key when it is encrypted. */
export function unlockerOf(key: WorkspaceKey | null): { unlock?: (db: Db) => void } {
  return key ? { unlock: (db) => applyKey(db, key) } : {};
}

/** What a backup is taken before, in the user's words, and what did not happen if it fails. */
export interface BackupReason {
  /** What came after the backup: "import of followers.js". */
  label: string;
  /** The end of the failure message: "followers.js was not imported". */
  outcome: string;
}

function fileWord(label: string): string {
  // The file name says only the kind of operation; the sidecar has the full label.
  const kind = label.split(' ')[0]!.replace(/[^a-z]/gi, '');
  return `before ${kind || 'change'}`;
}

function freshTarget(folder: string, label: string): { path: string; createdAt: string } {
  let at = Date.now();
  for (;;) {
    const date = new Date(at);
    const path = join(folder, `${backupStamp(date)} ${fileWord(label)}.itrack`);
    try {
      closeSync(openSync(path, 'wx'));
      rmSync(path); // reserved the name; VACUUM INTO needs it absent
      return { path, createdAt: date.toISOString() };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      at += 1;
    }
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String(error);
}

function writeSidecar(backupPath: string, sidecar: BackupSidecar): void {
  writeFileSync(sidecarPath(backupPath), `${JSON.stringify(sidecar, null, 2)}\n`);
}

function removeBackup(entry: BackupEntry): void {
  rmSync(entry.path, { force: true });
  rmSync(sidecarPath(entry.path), { force: true });
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Backups of a workspace, taken before every import, removal and erase: a snapshot beside it in
 * `<name> backups/`, the last N kept. A backup that cannot be made stops the operation, so
 * nothing is ever changed without one.
 */
export class WorkspaceBackups {
  constructor(private readonly policy: BackupPolicy) {}

  /** Takes a backup of the open workspace before the operation the reason names. */
  before(workspace: OpenWorkspace, reason: BackupReason): BackupEntry {
    const folder = backupsFolder(workspace.path);
    const file = basename(workspace.path);
    let target: string | undefined;
    try {
      mkdirSync(folder, { recursive: true });
      const fresh = freshTarget(folder, reason.label);
      target = fresh.path;
      const partial = `${target}.partial`;
      (this.policy.snapshot ?? snapshotInto)(workspace.db, partial);
      writeSidecar(target, { createdAt: fresh.createdAt, label: reason.label });
      renameSync(partial, target);
    } catch (error) {
      if (target) {
        rmSync(`${target}.partial`, { force: true });
        rmSync(sidecarPath(target), { force: true });
      }
      const outcome = `no backup of “${file}” could be made, so ${reason.outcome}`;
      throw (
        storageError(error, { workspace: file, outcome }) ??
        new AppError(
          'IO',
          `${outcome[0]!.toUpperCase()}${outcome.slice(1)}: the folder “${basename(folder)}” beside it could not be written (${errorCode(error)}).`,
          { file },
        )
      );
    }
    this.prune(workspace.path);
    return findBackup(workspace.path, basename(target))!;
  }

  /** Deletes all but the newest N backups. */
  prune(workspacePath: string): void {
    const keep = Math.max(1, this.policy.keep());
    for (const old of listBackups(workspacePath).slice(keep)) removeBackup(old);
  }

  list(workspacePath: string): BackupEntry[] {
    return listBackups(resolve(workspacePath));
  }

  /** After the setting changed: the open workspace keeps only as many as it now says. */
  pruneOpen(session: WorkspaceSession): void {
    const open = session.currentInfo();
    if (open) this.prune(open.path);
  }

  /**
   * Puts the named backup in the workspace's place and opens it. The current file is kept as one
   * more backup first (copied as it is when it is damaged and cannot be opened); the backup is
   * checked with quick_check before it is used; the file is replaced by a rename, so a crash
   * leaves either the old file or the restored one.
   */
  async restore(
    session: WorkspaceSession,
    path: string,
    name: string,
    passphrase?: string,
  ): Promise<WorkspaceInfo> {
    const workspacePath = resolve(path);
    const entry = findBackup(workspacePath, name);
    if (!entry) {
      throw new AppError('BAD_REQUEST', `“${basename(workspacePath)}” has no backup named “${name}”.`);
    }
    // An encrypted workspace's backups share its key and salt: the open workspace's key opens
    // them, or the passphrase (a damaged workspace cannot be open).
    const key =
      session.currentInfo()?.path === workspacePath
        ? session.require().key
        : passphrase
          ? await keyForFile(entry.path, passphrase)
          : null;
    if (!key && !hasPlainHeader(entry.path)) {
      throw new AppError(
        'WORKSPACE_NEEDS_PASSPHRASE',
        `“${basename(workspacePath)}” is encrypted: enter its passphrase to restore a backup of it.`,
        { path: workspacePath },
      );
    }
    if (!fileIsSound(entry.path, unlockerOf(key).unlock)) {
      if (passphrase) {
        throw new AppError(
          'WORKSPACE_WRONG_PASSPHRASE',
          `The passphrase does not open the backup from ${backupDate(entry.createdAt)}, or it is damaged; nothing was restored.`,
          { path: workspacePath, backup: entry.name },
        );
      }
      throw new AppError(
        'WORKSPACE_DAMAGED',
        `The backup from ${backupDate(entry.createdAt)} is damaged too; nothing was restored. Choose an older backup.`,
        { path: workspacePath, backup: entry.name },
      );
    }
    const label = `restore of the backup from ${backupDate(entry.createdAt)}`;
    if (this.openIfSound(session, workspacePath, key)) {
      this.before(session.require(), { label, outcome: 'nothing was restored' });
      session.close();
    } else {
      this.keepAsIs(workspacePath, `${label} (this file was damaged)`);
    }
    const staging = join(dirname(workspacePath), `.${basename(workspacePath)}.restoring`);
    try {
      copyFileSync(entry.path, staging);
      syncFile(staging);
      // A WAL left by the replaced file would be replayed into the restored one.
      rmSync(`${workspacePath}-wal`, { force: true });
      rmSync(`${workspacePath}-shm`, { force: true });
      renameSync(staging, workspacePath);
    } catch (error) {
      rmSync(staging, { force: true });
      const outcome = 'nothing was restored';
      throw (
        storageError(error, { workspace: basename(workspacePath), outcome }) ??
        new AppError('IO', `Cannot restore “${basename(workspacePath)}”: ${String(error)}`)
      );
    }
    return session.open(workspacePath, key ?? undefined);
  }

  /** Whether the workspace is open here, opening it if it can be (a damaged one cannot). */
  private openIfSound(session: WorkspaceSession, workspacePath: string, key: WorkspaceKey | null): boolean {
    if (session.currentInfo()?.path === workspacePath) return true;
    try {
      session.open(workspacePath, key ?? undefined);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'WORKSPACE_DAMAGED') return false;
      throw error;
    }
  }

  /** A closed workspace (one too damaged to open) copied byte for byte into its backups. */
  private keepAsIs(workspacePath: string, label: string): void {
    const folder = backupsFolder(workspacePath);
    mkdirSync(folder, { recursive: true });
    const target = freshTarget(folder, label);
    copyFileSync(workspacePath, `${target.path}.partial`);
    writeSidecar(target.path, { createdAt: target.createdAt, label });
    renameSync(`${target.path}.partial`, target.path);
  }
}
