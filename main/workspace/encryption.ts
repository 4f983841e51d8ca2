import { timingSafeEqual } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../common/dto';
import { AppError } from '../../common/errors';
import { listBackups } from '../db/backup-folder';
import {
  discardCopy,
  rekeyClosedFile,
  replaceWithCopy,
  writeEncryptedCopy,
} from '../db/workspace-cipher-copy';
import {
  hasPlainHeader,
  keyForFile,
  newWorkspaceKey,
  rekeyFile,
  type WorkspaceKey,
} from '../db/workspace-cipher';
import type { OpenWorkspace } from './open-workspace';
import type { WorkspaceSession } from './session';

/**
 * Encrypted workspaces for every host (issue 14). Keys are derived here, asynchronously (scrypt
 * takes about a second), before the session touches the file; the passphrase itself goes no
 * further than the derivation and is never logged or put in a message.
 */

/** Creates a workspace, encrypted when a passphrase is given. */
export async function createWorkspace(
  session: WorkspaceSession,
  path: string,
  passphrase?: string,
): Promise<WorkspaceInfo> {
  if (passphrase === undefined) return session.create(path);
  checkNew(passphrase);
  return session.create(path, await newWorkspaceKey(passphrase));
}

/**
 * Passphrases the user asked to be remembered on this computer: the Electron shell keeps them
 * with the system keychain (safeStorage); other hosts have none.
 */
export interface RememberedPassphrases {
  recall(path: string): string | null;
  remember(path: string, passphrase: string): void;
  forget(path: string): void;
}

export interface OpenRequest {
  passphrase?: string;
  /** Keep the passphrase in `remembered` once it has opened the workspace. */
  remember?: boolean;
}

/** Opens a workspace; an encrypted one needs its passphrase (WORKSPACE_NEEDS_PASSPHRASE). */
export async function openWorkspace(
  session: WorkspaceSession,
  path: string,
  request: OpenRequest = {},
  remembered?: RememberedPassphrases,
): Promise<WorkspaceInfo> {
  const absolute = resolve(path);
  // A plain file opens as it is, passphrase or not; a missing one is reported by the session.
  if (!existsSync(absolute) || hasPlainHeader(absolute)) return session.open(absolute);
  if (request.passphrase === undefined) return openRemembered(session, absolute, remembered);
  const info = session.open(absolute, await keyForFile(absolute, request.passphrase));
  if (request.remember) remembered?.remember(absolute, request.passphrase);
  return info;
}

/** Tries the remembered passphrase; one that no longer opens it is forgotten and asked for. */
async function openRemembered(
  session: WorkspaceSession,
  path: string,
  remembered: RememberedPassphrases | undefined,
): Promise<WorkspaceInfo> {
  const passphrase = remembered?.recall(path) ?? null;
  if (passphrase === null) return session.open(path); // WORKSPACE_NEEDS_PASSPHRASE
  try {
    return session.open(path, await keyForFile(path, passphrase));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'WORKSPACE_WRONG_PASSPHRASE') throw error;
    remembered?.forget(path);
    return session.open(path);
  }
}

/**
 * The workspace's backups follow its key, so none is left in plain beside an encrypted file and
 * every one can still be restored. A backup that cannot be rekeyed (damaged, or under a key
 * older than the workspace's) could never be restored with the new key: it is deleted.
 */
function rekeyBackups(path: string, from: WorkspaceKey | null, to: WorkspaceKey | null): void {
  for (const backup of listBackups(path)) {
    try {
      rekeyClosedFile(backup.path, from, to);
    } catch {
      for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(backup.path + suffix, { force: true });
    }
  }
}

function checkNew(passphrase: string): void {
  if (passphrase.length === 0) {
    throw new AppError('BAD_REQUEST', 'Type a passphrase, or create the workspace without one.');
  }
}

function sameWorkspace(session: WorkspaceSession, workspace: OpenWorkspace): void {
  if (session.require() !== workspace) {
    throw new AppError('WORKSPACE_BUSY', 'Another workspace was opened meanwhile; nothing was changed.');
  }
}

/** Checks the passphrase the user typed against the open workspace's key. */
async function checkCurrent(workspace: OpenWorkspace, passphrase: string): Promise<void> {
  if (!workspace.key) {
    throw new AppError('BAD_REQUEST', `“${basename(workspace.path)}” has no passphrase.`);
  }
  const typed = await keyForFile(workspace.path, passphrase);
  if (!timingSafeEqual(typed.key, workspace.key.key)) {
    throw new AppError(
      'WORKSPACE_WRONG_PASSPHRASE',
      `That is not the current passphrase of “${basename(workspace.path)}”. Nothing was changed.`,
    );
  }
}

/**
 * File › Encrypt…: writes an encrypted copy beside the open workspace, verifies it (opened with
 * the key, integrity_check, the same rows in every table), then closes the workspace, puts the
 * copy in its place and opens it again. No plain file, WAL or journal is left beside it.
 */
export async function encryptWorkspace(
  session: WorkspaceSession,
  passphrase: string,
): Promise<WorkspaceInfo> {
  checkNew(passphrase);
  const workspace = session.assertWritable();
  if (workspace.key) {
    throw new AppError(
      'BAD_REQUEST',
      `“${basename(workspace.path)}” is already encrypted; change its passphrase instead.`,
    );
  }
  const key = await newWorkspaceKey(passphrase);
  sameWorkspace(session, workspace);
  const copy = writeEncryptedCopy(workspace.db, workspace.path, key);
  let info: WorkspaceInfo;
  try {
    info = session.reopenAfter(() => replaceWithCopy(copy, workspace.path), key);
  } finally {
    discardCopy(copy); // gone already when the swap succeeded
  }
  rekeyBackups(workspace.path, null, key);
  return info;
}

/** Re-encrypts the open workspace under a new passphrase (and a new salt). */
export async function changePassphrase(
  session: WorkspaceSession,
  current: string,
  next: string,
): Promise<WorkspaceInfo> {
  checkNew(next);
  const workspace = session.assertWritable();
  await checkCurrent(workspace, current);
  const key = await newWorkspaceKey(next);
  sameWorkspace(session, workspace);
  rekeyFile(workspace.db, key);
  rekeyBackups(workspace.path, workspace.key, key);
  // Opened again from disk with the new key: proves it took, and the workspace keeps the key.
  return session.reopenAfter(() => undefined, key);
}

/** Decrypts the open workspace in place: it becomes a plain SQLite file again. */
export async function removePassphrase(session: WorkspaceSession, current: string): Promise<WorkspaceInfo> {
  const workspace = session.assertWritable();
  await checkCurrent(workspace, current);
  sameWorkspace(session, workspace);
  rekeyFile(workspace.db, null);
  rekeyBackups(workspace.path, workspace.key, null);
  return session.reopenAfter(() => undefined, null);
}

/** For the recent list's lock: a file that is there and is not plain SQLite asks for a passphrase. */
export function opensWithPassphrase(path: string): boolean {
  try {
    return !hasPlainHeader(path);
  } catch {
    return false; // gone or unreadable: the list says so in its own way
  }
}
