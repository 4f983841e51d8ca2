import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ImportRecord } from '../importers/records';

/** Folders named `inside-track-staging-<pid>-<random>` in the temp folder hold one import each. */
export const STAGING_PREFIX = 'inside-track-staging-';
const BATCH_RECORDS = 1_000;
const HEADER_BYTES = 4;
const DAY_MS = 86_400_000;

/**
 * An import's normalized records, spooled to a private temporary file while the input is read
 * and checked, then replayed into the workspace in one short transaction. Batches of records are
 * stored as length-prefixed `v8.serialize` buffers, so memory holds one batch at a time whatever
 * the size of the import. The folder is the process's own (mode 0700) and is removed by
 * `dispose()`; `removeStaleStaging()` removes what a crashed process left.
 */
export class StagedRecords {
  private pending: ImportRecord[] = [];
  private written = 0;
  private records = 0;
  private fd: number | null;

  private constructor(
    private readonly dir: string,
    file: string,
  ) {
    this.fd = openSync(file, 'w+', 0o600);
  }

  static create(parent = tmpdir()): StagedRecords {
    removeStaleStagingOnce(parent);
    const dir = mkdtempSync(join(parent, `${STAGING_PREFIX}${process.pid}-`));
    try {
      return new StagedRecords(dir, join(dir, 'records.bin'));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Records staged so far. */
  get count(): number {
    return this.records;
  }

  add(record: ImportRecord): void {
    this.pending.push(record);
    this.records += 1;
    if (this.pending.length >= BATCH_RECORDS) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const payload = serialize(this.pending);
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(payload.length);
    this.write(header);
    this.write(payload);
    this.pending = [];
  }

  private write(buffer: Buffer): void {
    let done = 0;
    while (done < buffer.length) {
      done += writeSync(this.open(), buffer, done, buffer.length - done, this.written + done);
    }
    this.written += buffer.length;
  }

  private read(length: number, position: number): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.open(), buffer, done, length - done, position + done);
      if (read === 0) throw new Error('The staged records end early');
      done += read;
    }
    return buffer;
  }

  private open(): number {
    if (this.fd === null) throw new Error('The staged records were already disposed of');
    return this.fd;
  }

  /** The staged records in the order they were added, one batch at a time. */
  *batches(): Generator<ImportRecord[]> {
    this.open();
    this.flush();
    let position = 0;
    while (position < this.written) {
      const length = this.read(HEADER_BYTES, position).readUInt32LE(0);
      position += HEADER_BYTES;
      yield deserialize(this.read(length, position)) as ImportRecord[];
      position += length;
    }
  }

  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.pending = [];
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** When a staging folder or its file last changed (the file changes while an import reads). */
function lastWritten(dir: string): number {
  const times = readdirSync(dir).map((name) => statSync(join(dir, name)).mtimeMs);
  return Math.max(statSync(dir).mtimeMs, ...times);
}

/**
 * Removes staging folders that crashed or killed processes left in the temp folder: those whose
 * process is gone, and any older than a day (a reused process id must not keep one forever).
 * Hosts call it at start; the first import of a process calls it too. Returns what it removed.
 */
export function removeStaleStaging(parent = tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = new RegExp(`^${STAGING_PREFIX}(\\d+)-`).exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid) continue;
    const path = join(parent, name);
    try {
      if (processIsGone(pid) || now - lastWritten(path) > DAY_MS) {
        rmSync(path, { recursive: true, force: true });
        removed.push(name);
      }
    } catch {
      /* removed meanwhile, or not ours to remove: leave it */
    }
  }
  return removed;
}

const cleaned = new Set<string>();

function removeStaleStagingOnce(parent: string): void {
  if (cleaned.has(parent)) return;
  cleaned.add(parent);
  removeStaleStaging(parent);
}
