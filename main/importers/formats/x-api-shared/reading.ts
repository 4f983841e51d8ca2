import { AppError } from '../../../../common/errors';
import type { ReadContext } from '../../format';
import type { InputEntry, InputSource } from '../../input';

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
