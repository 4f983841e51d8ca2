import { AppError, type ErrorCode } from '../../common/errors';
import { ImportFormatError } from './errors';

/** What one import may unpack; each bound is checked while reading, before the work it bounds. */
export interface InputLimits {
  /** Inflated bytes per archive (ZIP, tar, lone .gz): real exports are far smaller. */
  maxInflatedBytes: number;
  /** Files per archive or folder. */
  maxEntries: number;
  /** Inflated/compressed ratio above which a large archive or entry is treated as a bomb. */
  maxRatio: number;
  /** The ratio applies once this many bytes are inflated: small files of blanks compress well. */
  ratioAppliesAbove: number;
}

export const INPUT_LIMITS: Readonly<InputLimits> = {
  maxInflatedBytes: 4 * 1024 ** 3,
  maxEntries: 100_000,
  maxRatio: 200,
  ratioAppliesAbove: 64 * 1024 ** 2,
};

export interface OpenOptions {
  /** Aborts every read of the input (streams, unpacking) within a chunk. */
  signal?: AbortSignal;
  /** Lower bounds, for tests. */
  limits?: Partial<InputLimits>;
}

export function limitsOf(options: OpenOptions): InputLimits {
  return { ...INPUT_LIMITS, ...options.limits };
}

/** A size for messages: "4 GB", "63 MB", "900 KB". */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The user's file is bigger than an import may be. `file` is its name, never a temp path. */
export function tooLarge(file: string, problem: string): AppError {
  return new AppError('IMPORT_TOO_LARGE', `${file}: ${problem}`, { file });
}

/**
 * The archive is built to escape its folder or to unpack the same bytes over and over. Still a
 * problem with the user's file (an ImportFormatError), with its own code for the UI.
 */
export class UnsafeArchiveError extends ImportFormatError {
  override readonly code: ErrorCode = 'IMPORT_UNSAFE_ARCHIVE';
}

/** One value inside the user's file is too long (a 500 MB `full_text`): a format problem, sized. */
export class ValueTooLargeError extends ImportFormatError {
  override readonly code: ErrorCode = 'IMPORT_TOO_LARGE';
}

export function unsafeArchive(file: string, problem: string): UnsafeArchiveError {
  return new UnsafeArchiveError(file, undefined, `${problem}; refusing it`);
}

export function cancelled(): AppError {
  return new AppError('CANCELLED', 'Import cancelled.');
}
