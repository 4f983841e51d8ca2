import { AppError } from '../../common/errors';
import { sqliteCode } from './sqlite';

/** What a failed write was for: names the workspace and says what did not happen. */
export interface StorageContext {
  /** The workspace's file name as the user sees it, e.g. “Acme.itrack”; absent when none is open. */
  workspace?: string;
  /** How the message ends the sentence, e.g. "nothing was imported". */
  outcome: string;
}

/** System calls that only write: an EACCES from `open` may as well be a file that cannot be read. */
const writeCalls = new Set(['write', 'mkdir', 'mkdtemp', 'rename', 'unlink', 'rmdir', 'copyfile']);

function syscallOf(error: unknown): string {
  return error && typeof error === 'object' && 'syscall' in error ? String(error.syscall) : '';
}

export const NOT_SAVED = 'the change was not saved';

function workspaceLabel(context: StorageContext): string {
  return context.workspace ? `“${context.workspace}”` : 'The workspace';
}

/** The message a workspace moved, deleted or replaced while open gets (see WorkspaceSession). */
export function workspaceMissing(fileName: string, outcome = 'nothing was saved'): AppError {
  return new AppError(
    'WORKSPACE_MISSING',
    `The workspace file “${fileName}” was moved, deleted or replaced while it was open; ${outcome}. Put the file back, or open it where it now is.`,
    { file: fileName },
  );
}

/**
 * Turns a storage failure (better-sqlite3's SqliteError codes, Node's errno codes) into an error
 * that says what happened to the disk or the file, so a full disk is never blamed on the file
 * being imported. Returns null for anything else.
 *
 * SQLite writes the workspace itself, so its codes speak about the workspace; Node's codes come
 * from other files (the staging file of an import, a brief), which the messages do not name.
 */
export function storageError(error: unknown, context: StorageContext): AppError | null {
  const code = sqliteCode(error);
  if (!code) return null;
  const details = context.workspace ? { file: context.workspace, cause: code } : { cause: code };
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(
      'DISK_FULL',
      `The disk is full: ${context.outcome}. Free some space, then try again.`,
      details,
    );
  }
  if (code === 'SQLITE_READONLY_DBMOVED') {
    return workspaceMissing(context.workspace ?? 'workspace', context.outcome);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'WORKSPACE_READ_ONLY',
      `${workspaceLabel(context)} cannot be written to (the file, its folder or the disk is read-only): ${context.outcome}. Copy it to a folder you can write to and open the copy.`,
      details,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return new AppError(
      'IO',
      `The disk reported an error while writing ${workspaceLabel(context).replace(/^The/, 'the')}: ${context.outcome}. Check the disk (or the network share) and try again.`,
      details,
    );
  }
  if (code === 'SQLITE_CORRUPT') {
    return new AppError(
      'WORKSPACE_CORRUPT',
      `${workspaceLabel(context)} is damaged: ${context.outcome}. Open a backup copy if you have one.`,
      details,
    );
  }
  if (code === 'EROFS' || ((code === 'EACCES' || code === 'EPERM') && writeCalls.has(syscallOf(error)))) {
    return new AppError(
      'IO',
      `Inside Track was not allowed to write a file it needs (${code === 'EROFS' ? 'the disk is read-only' : 'permission denied'}): ${context.outcome}.`,
      details,
    );
  }
  if (code === 'EIO') {
    return new AppError(
      'IO',
      `The disk reported an error: ${context.outcome}. Check the disk and try again.`,
      details,
    );
  }
  return null;
}
