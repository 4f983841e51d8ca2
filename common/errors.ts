/** Codes a user-facing message can be built from. They cross every transport as data. */
export const errorCodes = [
  'BAD_REQUEST',
  'UNKNOWN_METHOD',
  'UNSUPPORTED',
  'CANCELLED',
  'NO_WORKSPACE',
  'WORKSPACE_NOT_FOUND',
  'WORKSPACE_EXISTS',
  'WORKSPACE_NOT_SQLITE',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_LOCKED',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_BUSY',
  'IMPORT_FORMAT',
  'IMPORT_NEEDS_INPUT',
  'IMPORT_UNRECOGNIZED',
  'IMPORT_TOO_LARGE',
  'SEARCH_SYNTAX',
  'IO',
  'INTERNAL',
  /** The open workspace's file was moved, deleted or replaced: nothing more is written to it. */
  'WORKSPACE_MISSING',
  /** SQLite or the system refused to write the workspace (read-only file, folder or disk). */
  'WORKSPACE_READ_ONLY',
  'DISK_FULL',
  /** An archive that would write outside its folder or unpack the same bytes many times. */
  'IMPORT_UNSAFE_ARCHIVE',
  /** An encrypted workspace was opened without its passphrase: the host asks for it. */
  'WORKSPACE_NEEDS_PASSPHRASE',
  /** The passphrase did not open the file (or the file is not a workspace); nothing changed. */
  'WORKSPACE_WRONG_PASSPHRASE',
  /** SQLite without cipher support: encrypted workspaces are refused, never written in plain. */
  'ENCRYPTION_UNAVAILABLE',
  /** quick_check found the workspace (or a backup) damaged; details name the newest backup. */
  'WORKSPACE_DAMAGED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** A known failure. `code` says what kind; `message` is written for the user. */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  toData(): ApiErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromData(data: ApiErrorData): AppError {
    return new AppError(data.code, data.message, data.details);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
