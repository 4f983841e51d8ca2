import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../common/dto';
import { AppError } from '../../common/errors';
import { discardCopy, replaceWithCopy, writeEncryptedCopy } from '../db/workspace-cipher-copy';
import { hasPlainHeader, keyForFile, newWorkspaceKey, rekeyFile } from '../db/workspace-cipher';
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

/** Opens a workspace; an encrypted one needs its passphrase (WORKSPACE_NEEDS_PASSPHRASE). */
export async function openWorkspace(
  session: WorkspaceSession,
  path: string,
  passphrase?: string,
): Promise<WorkspaceInfo> {
  const absolute = resolve(path);
  // A plain file opens as it is, passphrase or not; a missing one is reported by the session.
  if (passphrase === undefined || !existsSync(absolute) || hasPlainHeader(absolute)) {
    return session.open(absolute);
  }
  return session.open(absolute, await keyForFile(absolute, passphrase));
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
  try {
    return session.reopenAfter(() => replaceWithCopy(copy, workspace.path), key);
  } finally {
    discardCopy(copy); // gone already when the swap succeeded
  }
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
  // Opened again from disk with the new key: proves it took, and the workspace keeps the key.
  return session.reopenAfter(() => undefined, key);
}

/** Decrypts the open workspace in place: it becomes a plain SQLite file again. */
export async function removePassphrase(session: WorkspaceSession, current: string): Promise<WorkspaceInfo> {
  const workspace = session.assertWritable();
  await checkCurrent(workspace, current);
  sameWorkspace(session, workspace);
  rekeyFile(workspace.db, null);
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
