import { AppError } from '../../../../common/errors';
import type { ReadContext } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { RepeatFilter } from './repeat-filter';

/** Hidden files, macOS resource forks and read-me notes that sit beside data files in a folder or ZIP. */
function isIgnorable(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return (
    name.startsWith('.') ||
    path.startsWith('__MACOSX/') ||
    path.includes('/__MACOSX/') ||
    /^readme\b/i.test(name)
  );
}

/** The entries a reader reads: every file except hidden ones and read-me notes. */
export function dataEntries(input: InputSource): InputEntry[] {
  return input.entries.filter((entry) => !isIgnorable(entry.path));
}

function extensionOf(path: string): string {
  const match = /\.([^./]+)$/.exec(path);
  return match ? match[1]!.toLowerCase() : '';
}

/** How many files a detector sniffs in one folder or ZIP; the rest must share their extensions. */
const MAX_SNIFFED = 100;

/**
 * Checks the data entries of an input; the input is this format's only when every one of them
 * is (a folder of twarc2 files, say), so a detector never claims another format's folder.
 * Returns each entry's finding, or null as soon as one entry is not this format.
 */
export async function checkEveryEntry<T>(
  input: InputSource,
  check: (entry: InputEntry) => Promise<T | null>,
): Promise<{ entry: InputEntry; found: T }[] | null> {
  const entries = dataEntries(input);
  if (entries.length === 0) return null;
  const results: { entry: InputEntry; found: T }[] = [];
  const extensions = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (index >= MAX_SNIFFED) {
      if (!extensions.has(extensionOf(entry.path))) return null;
      continue;
    }
    const found = await check(entry);
    if (found === null) return null;
    results.push({ entry, found });
    extensions.add(extensionOf(entry.path));
  }
  return results;
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('CANCELLED', 'Import cancelled.');
}

/** Reports bytes read across all entries of an input, at most every 256 KB. */
export class ByteProgress {
  private before = 0;
  private lastReported = -Infinity;

  constructor(
    private readonly ctx: ReadContext,
    private readonly total: number,
  ) {}

  /** Bytes read so far in the current entry. */
  update(entryBytes: number): void {
    const done = this.before + entryBytes;
    if (done - this.lastReported < 256 * 1024) return;
    this.lastReported = done;
    this.ctx.progress(done, this.total);
  }

  /** The current entry is read whole. */
  finishEntry(size: number): void {
    this.before += size;
    this.lastReported = this.before;
    this.ctx.progress(this.before, this.total);
  }
}

/** One data entry being read, as `readDataEntries` hands it to a format's entry reader. */
export interface EntryReading {
  input: InputSource;
  entry: InputEntry;
  signal: AbortSignal;
  /** Bytes read so far of this entry, for progress. */
  onBytes: (entryBytes: number) => void;
}

/** How many records go by between two checks for cancellation. */
const CANCEL_CHECK_EVERY = 1000;

/**
 * The records of every data entry, read one after another by `readEntry`, with progress counted
 * across all of them. Files of one collection overlap (pages re-fetched, one author on many
 * pages): a record that adds nothing to one already read is left out.
 */
export async function* readDataEntries(
  input: InputSource,
  ctx: ReadContext,
  readEntry: (reading: EntryReading) => AsyncIterable<ImportRecord>,
): AsyncGenerator<ImportRecord> {
  const entries = dataEntries(input);
  const progress = new ByteProgress(
    ctx,
    entries.reduce((n, e) => n + e.size, 0),
  );
  const repeats = new RepeatFilter();
  let yielded = 0;
  for (const entry of entries) {
    throwIfCancelled(ctx.signal);
    const reading = { input, entry, signal: ctx.signal, onBytes: (bytes: number) => progress.update(bytes) };
    for await (const record of readEntry(reading)) {
      if (repeats.isRepeat(record)) continue;
      if (++yielded % CANCEL_CHECK_EVERY === 0) throwIfCancelled(ctx.signal);
      yield record;
    }
    progress.finishEntry(entry.size);
  }
}
