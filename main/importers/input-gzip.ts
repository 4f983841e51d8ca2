import {
  closeSync,
  createReadStream,
  createWriteStream,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
} from 'node:fs';
import { basename, isAbsolute, join, relative, resolve as resolvePath, sep } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { AppError } from '../../common/errors';
import { safeEntryName } from './archive-names';
import { ImportFormatError } from './errors';
import { isTar } from './input-container';
import type { InputEntry, InputSource } from './input';
import { guardStream, hashStream, readHead } from './input-streams';
import { makeUnpackDir, removeUnpackDir } from './input-temp';
import { cancelled, limitsOf, sizeLabel, tooLarge, unsafeArchive, type OpenOptions } from './limits';

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

/**
 * The archive's bytes as they come out of gunzip (or off the disk for a plain tar), counted:
 * unpacking stops the moment the count passes the limit, or the inflated/compressed ratio says
 * bomb, or the import is cancelled, so nothing past the limit is ever written.
 */
function archiveBytes(path: string, name: string, gzipped: boolean, options: OpenOptions): Readable {
  const limits = limitsOf(options);
  const raw = createReadStream(path);
  let compressed = 0;
  raw.on('data', (chunk: string | Buffer) => {
    compressed += chunk.length;
  });
  let inflated: Readable = raw;
  if (gzipped) {
    const gunzip = createGunzip();
    raw.on('error', (error) => gunzip.destroy(error));
    gunzip.on('close', () => raw.destroy());
    inflated = raw.pipe(gunzip);
  }
  return guardStream(inflated, {
    file: name,
    signal: options.signal,
    maxBytes: limits.maxInflatedBytes,
    tooLargeProblem: (limit) => `it inflates to more than ${sizeLabel(limit)}`,
    ...(gzipped
      ? {
          compressedBytes: () => compressed,
          ratio: { max: limits.maxRatio, appliesAbove: limits.ratioAppliesAbove },
        }
      : {}),
  });
}

/** Where an entry goes inside the unpack folder, checked once more with the platform's own rules. */
function targetIn(dir: string, safe: string, name: string, entryName: string): string {
  const target = resolvePath(dir, ...safe.split('/'));
  const inside = relative(dir, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw unsafeArchive(name, `an entry's name points outside the archive (“${entryName}”)`);
  }
  return target;
}

/**
 * A tar archive, gzipped (Mastodon's export is a `.tar.gz`) or not: it has no index, so it is
 * read once, its data files kept in a private temporary folder (media left aside) and served
 * from there.
 */
async function tarSource(path: string, gzipped: boolean, options: OpenOptions): Promise<InputSource> {
  const name = basename(path);
  const limits = limitsOf(options);
  const kind = gzipped ? '.tar.gz archive' : 'tar archive';
  if (options.signal?.aborted) throw cancelled();
  const dir = makeUnpackDir();
  const entries: InputEntry[] = [];
  const extract = tar.extract();
  // The first refusal (limit, cancel, hostile name) is the one the user hears about.
  let refusal: AppError | null = null;
  const reading = pipeline(archiveBytes(path, name, gzipped, options), extract).catch((error: Error) => {
    refusal ??= error instanceof AppError ? error : null;
  });
  try {
    for await (const entry of extract) {
      const { header } = entry;
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        entry.resume();
        continue;
      }
      const safe = safeEntryName(header.name);
      if (safe === null) {
        refusal = unsafeArchive(name, `an entry's name points outside the archive (“${header.name}”)`);
        throw refusal;
      }
      if (entries.length + 1 > limits.maxEntries) {
        refusal = tooLarge(name, `it has more than ${limits.maxEntries} files`);
        throw refusal;
      }
      if (safe.split('/').some((part) => SKIPPED_FOLDERS.has(part))) {
        entry.resume();
        continue;
      }
      const target = targetIn(dir, safe, name, header.name);
      mkdirSync(join(target, '..'), { recursive: true });
      await pipeline(entry, createWriteStream(target));
      entries.push({ path: safe, size: header.size ?? 0 });
    }
    await reading;
    if (refusal) throw refusal;
  } catch (error) {
    extract.destroy();
    await reading;
    removeUnpackDir(dir);
    if (refusal) throw refusal;
    if (error instanceof AppError) throw error;
    throw new ImportFormatError(name, undefined, `damaged ${kind} (${(error as Error).message})`);
  }
  entries.sort((a, b) => a.path.localeCompare(b.path));
  const known = new Set(entries.map((e) => e.path));
  const resolve = (p: string) => {
    if (!known.has(p)) throw new AppError('IO', `${name} has no entry “${p}”.`);
    return join(dir, ...p.split('/'));
  };
  const stream = (p: string) =>
    guardStream(createReadStream(resolve(p)), { file: name, signal: options.signal });
  return {
    origin: path,
    displayName: name,
    container: 'tar',
    entries,
    has: (p) => known.has(p),
    open: async (p) => stream(p),
    head: async (p, bytes = 64 * 1024) => readHead(stream(p), bytes),
    fingerprint: () =>
      hashStream(guardStream(createReadStream(path), { file: name, signal: options.signal })),
    close: () => removeUnpackDir(dir),
  };
}

/** A lone gzipped file (`followers.jsonl.gz`): read as the file inside, decompressed on the fly. */
function gzipFileSource(path: string, options: OpenOptions): InputSource {
  const name = basename(path);
  const inner = name.replace(/\.gz$/i, '') || name;
  const check = (p: string) => {
    if (p !== inner) throw new AppError('IO', `${name} has no entry “${p}”.`);
  };
  // A stream that fails mid-way says which file and why, like every other reader error.
  const stream = () => {
    const inflated = archiveBytes(path, name, true, options);
    const out = new PassThrough();
    inflated.on('error', (error) =>
      out.destroy(
        error instanceof AppError
          ? error
          : new ImportFormatError(name, undefined, `damaged gzip file (${error.message})`),
      ),
    );
    out.on('close', () => inflated.destroy());
    return inflated.pipe(out);
  };
  return {
    origin: path,
    displayName: name,
    container: 'file',
    entries: [{ path: inner, size: inflatedSize(path) }],
    has: (p) => p === inner,
    open: async (p) => (check(p), stream()),
    head: async (p, bytes = 64 * 1024) => (check(p), readHead(stream(), bytes)),
    fingerprint: () =>
      hashStream(guardStream(createReadStream(path), { file: name, signal: options.signal })),
    close: () => {},
  };
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
export async function gzipSource(path: string, options: OpenOptions = {}): Promise<InputSource | null> {
  const head = await inflatedHead(path, 512);
  if (head === null) return null;
  return isTar(head) ? tarSource(path, true, options) : gzipFileSource(path, options);
}

/** Opens an uncompressed tar archive. */
export function plainTarSource(path: string, options: OpenOptions = {}): Promise<InputSource> {
  return tarSource(path, false, options);
}
