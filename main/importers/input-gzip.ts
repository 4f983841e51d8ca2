import {
  closeSync,
  createReadStream,
  createWriteStream,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { AppError } from '../../common/errors';
import { ImportFormatError } from './errors';
import type { InputEntry, InputSource } from './input';
import { hashStream, readHead } from './input-streams';

export const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export const TAR_LIMITS = {
  maxEntries: 100_000,
  /** Bytes kept from the archive (media left aside); Mastodon archives hold a few hundred MB. */
  maxKeptBytes: 16 * 1024 ** 3,
};

/** Folders whose files no reader uses: pictures and videos, often most of an archive. */
const SKIPPED_FOLDERS = new Set(['media_attachments', 'media', 'avatars', 'headers']);

/** The first inflated bytes, or null when the file does not inflate (gzip's magic by chance). */
async function inflatedHead(path: string, bytes: number): Promise<Buffer | null> {
  try {
    return await readHead(createReadStream(path).pipe(createGunzip()), bytes);
  } catch {
    return null;
  }
}

/** Whether inflated bytes start a tar archive (POSIX `ustar` magic at offset 257). */
function isTar(head: Buffer): boolean {
  return head.length >= 263 && head.subarray(257, 262).toString('latin1') === 'ustar';
}

/** A safe relative path inside the archive, or null for names that point elsewhere. */
function safeName(name: string): string | null {
  const parts = name
    .replace(/^\.\//, '')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  if (name.startsWith('/') || parts.some((part) => part === '..') || parts.length === 0) return null;
  return parts.join('/');
}

/**
 * A `.tar.gz` (Mastodon's export is one): gzip has no index, so the archive is read once, its
 * data files kept in a private temporary folder (media left aside) and served from there.
 */
async function tarSource(path: string): Promise<InputSource> {
  const name = basename(path);
  const dir = mkdtempSync(join(tmpdir(), 'inside-track-tar-'));
  const entries: InputEntry[] = [];
  let kept = 0;
  const extract = tar.extract();
  const reading = pipeline(createReadStream(path), createGunzip(), extract).catch((error: Error) => {
    throw new ImportFormatError(name, undefined, `damaged .tar.gz archive (${error.message})`);
  });
  try {
    for await (const entry of extract) {
      const { header } = entry;
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        entry.resume();
        continue;
      }
      const relative = safeName(header.name);
      if (relative === null) {
        entry.resume();
        throw new ImportFormatError(
          name,
          undefined,
          `an entry's name points outside the archive (“${header.name}”); refusing it`,
        );
      }
      if (entries.length + 1 > TAR_LIMITS.maxEntries) {
        entry.resume();
        throw new AppError('IMPORT_TOO_LARGE', `${name} has more than ${TAR_LIMITS.maxEntries} files.`);
      }
      const size = header.size ?? 0;
      if (relative.split('/').some((part) => SKIPPED_FOLDERS.has(part))) {
        entry.resume();
        continue;
      }
      kept += size;
      if (kept > TAR_LIMITS.maxKeptBytes) {
        entry.resume();
        throw new AppError(
          'IMPORT_TOO_LARGE',
          `${name} holds more than ${TAR_LIMITS.maxKeptBytes} bytes of data.`,
        );
      }
      const target = join(dir, ...relative.split('/'));
      mkdirSync(join(target, '..'), { recursive: true });
      await pipeline(entry, createWriteStream(target));
      entries.push({ path: relative, size });
    }
    await reading;
  } catch (error) {
    extract.destroy();
    await reading.catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw new ImportFormatError(name, undefined, `damaged .tar.gz archive (${(error as Error).message})`);
  }
  entries.sort((a, b) => a.path.localeCompare(b.path));
  const known = new Set(entries.map((e) => e.path));
  const resolve = (p: string) => {
    if (!known.has(p)) throw new AppError('IO', `${name} has no entry “${p}”.`);
    return join(dir, ...p.split('/'));
  };
  return {
    origin: path,
    displayName: name,
    container: 'tar',
    entries,
    has: (p) => known.has(p),
    open: async (p) => createReadStream(resolve(p)),
    head: async (p, bytes = 64 * 1024) => readHead(createReadStream(resolve(p)), bytes),
    fingerprint: () => hashFile(path),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A lone gzipped file (`followers.jsonl.gz`): read as the file inside, decompressed on the fly. */
function gzipFileSource(path: string): InputSource {
  const name = basename(path);
  const inner = name.replace(/\.gz$/i, '') || name;
  const check = (p: string) => {
    if (p !== inner) throw new AppError('IO', `${name} has no entry “${p}”.`);
  };
  // A stream that fails mid-way says which file and why, like every other reader error.
  const stream = () => {
    const gunzip = createReadStream(path).pipe(createGunzip());
    const out = new PassThrough();
    gunzip.on('error', (error) =>
      out.destroy(new ImportFormatError(name, undefined, `damaged gzip file (${error.message})`)),
    );
    out.on('close', () => gunzip.destroy());
    return gunzip.pipe(out);
  };
  return {
    origin: path,
    displayName: name,
    container: 'file',
    entries: [{ path: inner, size: inflatedSize(path) }],
    has: (p) => p === inner,
    open: async (p) => (check(p), stream()),
    head: async (p, bytes = 64 * 1024) => (check(p), readHead(stream(), bytes)),
    fingerprint: () => hashFile(path),
    close: () => {},
  };
}

function hashFile(path: string): Promise<string> {
  return hashStream(createReadStream(path));
}

/** The inflated size gzip records in its last four bytes (modulo 4 GiB). */
function inflatedSize(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const tail = Buffer.alloc(4);
    const { size } = fstatSync(fd);
    if (size < 18) return 0;
    readSync(fd, tail, 0, 4, size - 4);
    return tail.readUInt32LE(0);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a gzip file: a tar archive inside is listed and unpacked, anything else is read as the one
 * file inside. Null when the bytes do not inflate at all: then they are not gzip after all.
 */
export async function gzipSource(path: string): Promise<InputSource | null> {
  const head = await inflatedHead(path, 512);
  if (head === null) return null;
  return isTar(head) ? tarSource(path) : gzipFileSource(path);
}
