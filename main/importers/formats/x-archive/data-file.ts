import { AppError } from '../../../../common/errors';
import { ImportFormatError } from '../../errors';
import type { ReadContext } from '../../format';
import type { InputSource } from '../../input';
import { parseAssignedValue, streamAssignedArray, type ArchiveElement } from './assigned-json';

/** Metadata files (manifest, account, profile, user details) are read whole, up to this size. */
const SMALL_FILE_LIMIT = 16 * 1024 ** 2;
const CANCEL_CHECK_EVERY = 1000;

function sizeOf(input: InputSource, path: string): number {
  return input.entries.find((e) => e.path === path)?.size ?? 0;
}

/** Reads and parses a small `name = value` file whole; ids stay strings. */
export async function readSmallFile(input: InputSource, path: string): Promise<unknown> {
  const size = sizeOf(input, path);
  if (size > SMALL_FILE_LIMIT) {
    throw new ImportFormatError(
      path,
      undefined,
      `is ${size} bytes, far larger than this kind of file ever is`,
    );
  }
  return parseAssignedValue(await input.head(path, size + 1), path);
}

/** The first element of a small list file (account.js, profile.js), or undefined. */
export async function firstRecordOf(input: InputSource, path: string | undefined): Promise<unknown> {
  if (!path || !input.has(path)) return undefined;
  const value = await readSmallFile(input, path);
  return Array.isArray(value) ? value[0] : undefined;
}

/** Bytes read across all the files of one import, reported to the caller now and then. */
export class ByteProgress {
  private done = 0;
  constructor(
    private readonly ctx: ReadContext,
    private readonly total: number,
  ) {}

  static forFiles(ctx: ReadContext, input: InputSource, paths: string[]): ByteProgress {
    return new ByteProgress(
      ctx,
      paths.reduce((sum, p) => sum + sizeOf(input, p), 0),
    );
  }

  /** A byte counter for one file, added to what earlier files contributed. */
  forFile(): (bytes: number) => void {
    const start = this.done;
    return (bytes) => {
      this.done = start + bytes;
      this.ctx.progress(this.done, this.total || null);
    };
  }
}

export function throwIfCancelled(ctx: ReadContext): void {
  if (ctx.signal.aborted) throw new AppError('CANCELLED', 'Import cancelled.');
}

/** Streams the elements of a large list file, checking for cancellation and reporting progress. */
export async function* streamRecords(
  input: InputSource,
  path: string,
  ctx: ReadContext,
  progress: ByteProgress,
): AsyncGenerator<ArchiveElement> {
  throwIfCancelled(ctx);
  const stream = await input.open(path);
  try {
    for await (const element of streamAssignedArray(stream, path, progress.forFile())) {
      if (element.record % CANCEL_CHECK_EVERY === 0) throwIfCancelled(ctx);
      yield element;
    }
  } finally {
    stream.destroy();
  }
}

/** "data/tweets.js, record 12": where a record is, for skip and warning records. */
export function whereIs(path: string, record: number): string {
  return `${path}, record ${record}`;
}
