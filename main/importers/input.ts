import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../common/errors';
import { ImportFormatError } from './errors';
import { GZIP_MAGIC, gzipSource } from './input-gzip';
import { hashStream, readHead } from './input-streams';

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

export const ZIP_LIMITS = {
  maxEntries: 100_000,
  /** Total inflated size an archive may claim; larger real X archives exist but not past this. */
  maxTotalBytes: 16 * 1024 ** 3,
  /** Inflated/compressed ratio above which a large entry is treated as a ZIP bomb. */
  maxRatio: 200,
  ratioAppliesAbove: 64 * 1024 ** 2,
};

const FOLDER_MAX_ENTRIES = 100_000;

function missing(source: string, path: string): AppError {
  return new AppError('IO', `${source} has no entry “${path}”.`);
}

function fileSource(path: string): InputSource {
  const name = basename(path);
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
    open: async (p) => (check(p), createReadStream(path)),
    head: async (p, bytes = 64 * 1024) => (check(p), readHead(createReadStream(path), bytes)),
    fingerprint: () => hashStream(createReadStream(path)),
    close: () => {},
  };
}

function folderSource(root: string): InputSource {
  const entries: InputEntry[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue;
      const full = join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.isFile()) {
        entries.push({ path: relative(root, full).split(sep).join('/'), size: statSync(full).size });
        if (entries.length > FOLDER_MAX_ENTRIES) {
          throw new AppError(
            'IMPORT_TOO_LARGE',
            `${basename(root)} holds more than ${FOLDER_MAX_ENTRIES} files.`,
          );
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
  return {
    origin: root,
    displayName: basename(root),
    container: 'folder',
    entries,
    has: (p) => known.has(p),
    open: async (p) => createReadStream(resolve(p)),
    head: async (p, bytes = 64 * 1024) => readHead(createReadStream(resolve(p)), bytes),
    async fingerprint() {
      // The folder's identity is its files' names, sizes and contents, in a fixed order.
      const hash = createHash('sha256');
      for (const entry of entries) {
        hash.update(`${entry.path}\0${entry.size}\0`);
        hash.update(await hashStream(createReadStream(resolve(entry.path))));
      }
      return hash.digest('hex');
    },
    close: () => {},
  };
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    ),
  );
}

async function zipSource(path: string): Promise<InputSource> {
  const name = basename(path);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    throw new ImportFormatError(name, undefined, `not a readable ZIP archive (${(error as Error).message})`);
  }
  const byPath = new Map<string, yauzl.Entry>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        const entryName = entry.fileName;
        if (byPath.size + 1 > ZIP_LIMITS.maxEntries) {
          reject(new AppError('IMPORT_TOO_LARGE', `${name} has more than ${ZIP_LIMITS.maxEntries} entries.`));
          return;
        }
        total += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (
          total > ZIP_LIMITS.maxTotalBytes ||
          (entry.uncompressedSize > ZIP_LIMITS.ratioAppliesAbove && ratio > ZIP_LIMITS.maxRatio)
        ) {
          reject(
            new AppError(
              'IMPORT_TOO_LARGE',
              `${name}: entry “${entryName}” would inflate to ${entry.uncompressedSize} bytes; refusing what looks like a ZIP bomb.`,
            ),
          );
          return;
        }
        if (!entryName.endsWith('/')) byPath.set(entryName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (error: Error) =>
        reject(
          /invalid relative path|absolute path/i.test(error.message)
            ? new ImportFormatError(
                name,
                undefined,
                `an entry's name points outside the archive (${error.message}); refusing it`,
              )
            : new ImportFormatError(name, undefined, `damaged ZIP archive (${error.message})`),
        ),
      );
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  const entries = [...byPath.values()].map((e) => ({ path: e.fileName, size: e.uncompressedSize }));
  const open = (p: string) =>
    new Promise<Readable>((resolve, reject) => {
      const entry = byPath.get(p);
      if (!entry) {
        reject(missing(name, p));
        return;
      }
      zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error) : resolve(stream)));
    });
  return {
    origin: path,
    displayName: name,
    container: 'zip',
    entries,
    has: (p) => byPath.has(p),
    open,
    head: async (p, bytes = 64 * 1024) => readHead(await open(p), bytes),
    fingerprint: () => hashStream(createReadStream(path)),
    close: () => zip.close(),
  };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Opens a file, folder, ZIP archive, .tar.gz archive or gzipped file for reading. */
export async function openInput(path: string): Promise<InputSource> {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new AppError('IO', `There is no file or folder at ${path}.`, { path });
  }
  if (stats.isDirectory()) return folderSource(path);
  const head = await readHead(createReadStream(path), 4);
  if (head.equals(ZIP_MAGIC) || head.equals(EMPTY_ZIP_MAGIC)) return zipSource(path);
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) {
    const gzipped = await gzipSource(path);
    if (gzipped) return gzipped;
  }
  return fileSource(path);
}

/** Lets a reader treat an in-memory buffer as an entry stream (tests, nested content). */
export function bufferStream(buffer: Buffer): Readable {
  return Readable.from([buffer]);
}
