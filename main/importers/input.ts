import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../../common/errors';
import { CONTAINER_HEAD_BYTES, sniffContainer } from './input-container';
import { gzipSource, plainTarSource } from './input-gzip';
import { guardStream, hashStream, readHead } from './input-streams';
import { zipSource } from './input-zip';
import { cancelled, limitsOf, type OpenOptions } from './limits';

export type { OpenOptions } from './limits';

/** One file inside what the user picked: the file itself, a file in a folder, or a ZIP entry. */
export interface InputEntry {
  /** Relative path with '/' separators ('' for a lone file is never used: a lone file is its name). */
  path: string;
  size: number;
}

/**
 * What the user dropped or named, read the same way whatever it is. Readers list entries and
 * stream them; nothing is loaded whole.
 */
export interface InputSource {
  /** Absolute path of the file or folder the user picked. */
  origin: string;
  /** File or folder name, for messages. */
  displayName: string;
  container: 'file' | 'folder' | 'zip' | 'tar';
  entries: readonly InputEntry[];
  has(path: string): boolean;
  /** A stream of the entry's bytes. */
  open(path: string): Promise<Readable>;
  /** Up to `bytes` first bytes of an entry, for sniffing formats. */
  head(path: string, bytes?: number): Promise<Buffer>;
  /** sha256 of the input's content, so the same file imported twice is recognised. */
  fingerprint(): Promise<string>;
  close(): void;
}

function missing(source: string, path: string): AppError {
  return new AppError('IO', `${source} has no entry “${path}”.`);
}

function fileSource(path: string, options: OpenOptions): InputSource {
  const name = basename(path);
  const stream = () => guardStream(createReadStream(path), { file: name, signal: options.signal });
  const entry: InputEntry = { path: name, size: statSync(path).size };
  const check = (p: string) => {
    if (p !== name) throw missing(name, p);
  };
  return {
    origin: path,
    displayName: name,
    container: 'file',
    entries: [entry],
    has: (p) => p === name,
    open: async (p) => (check(p), stream()),
    head: async (p, bytes = 64 * 1024) => (check(p), readHead(stream(), bytes)),
    fingerprint: () => hashStream(stream()),
    close: () => {},
  };
}

function folderSource(root: string, options: OpenOptions): InputSource {
  const { maxEntries } = limitsOf(options);
  const entries: InputEntry[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue;
      const full = join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.isFile()) {
        entries.push({ path: relative(root, full).split(sep).join('/'), size: statSync(full).size });
        if (entries.length > maxEntries) {
          throw new AppError('IMPORT_TOO_LARGE', `${basename(root)} holds more than ${maxEntries} files.`, {
            file: basename(root),
          });
        }
      }
    }
  };
  walk(root);
  entries.sort((a, b) => a.path.localeCompare(b.path));
  const known = new Set(entries.map((e) => e.path));
  const resolve = (p: string) => {
    if (!known.has(p)) throw missing(basename(root), p);
    return join(root, ...p.split('/'));
  };
  const stream = (p: string) =>
    guardStream(createReadStream(resolve(p)), { file: basename(root), signal: options.signal });
  return {
    origin: root,
    displayName: basename(root),
    container: 'folder',
    entries,
    has: (p) => known.has(p),
    open: async (p) => stream(p),
    head: async (p, bytes = 64 * 1024) => readHead(stream(p), bytes),
    async fingerprint() {
      // The folder's identity is its files' names, sizes and contents, in a fixed order.
      const hash = createHash('sha256');
      for (const entry of entries) {
        hash.update(`${entry.path}\0${entry.size}\0`);
        hash.update(await hashStream(stream(entry.path)));
      }
      return hash.digest('hex');
    },
    close: () => {},
  };
}

/**
 * Opens a file, folder, ZIP archive, tar archive (gzipped or not) or gzipped file for reading.
 * What the file is comes from its first bytes, never its name: the same bytes named `.jsonl`,
 * `.zip` or nothing are read the same way.
 */
export async function openInput(path: string, options: OpenOptions = {}): Promise<InputSource> {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new AppError('IO', `There is no file or folder at ${path}.`, { path });
  }
  if (options.signal?.aborted) throw cancelled();
  if (stats.isDirectory()) return folderSource(path, options);
  const container = sniffContainer(await readHead(createReadStream(path), CONTAINER_HEAD_BYTES));
  if (container === 'zip') return zipSource(path, options);
  if (container === 'tar') return plainTarSource(path, options);
  if (container === 'gzip') {
    const gzipped = await gzipSource(path, options);
    if (gzipped) return gzipped;
  }
  return fileSource(path, options);
}

/** Lets a reader treat an in-memory buffer as an entry stream (tests, nested content). */
export function bufferStream(buffer: Buffer): Readable {
  return Readable.from([buffer]);
}
