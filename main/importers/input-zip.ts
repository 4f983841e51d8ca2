import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../common/errors';
import { safeEntryName } from './archive-names';
import { unreadableZip } from './errors';
import type { InputSource } from './input';
import { guardStream, hashStream, readHead } from './input-streams';
import {
  cancelled,
  limitsOf,
  sizeLabel,
  tooLarge,
  unsafeArchive,
  type InputLimits,
  type OpenOptions,
} from './limits';
import { zipLayoutProblem, type ZipEntryLayout } from './zip-layout';

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      // strictFileNames off: yauzl turns `\` into `/` (Windows tools write them) and then refuses
      // `..`, `/x` and `C:` itself; safeEntryName checks every name again.
      path,
      { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    ),
  );
}

/** Lists the central directory (names and count checked); nothing is inflated. */
function listEntries(zip: yauzl.ZipFile, name: string, limits: InputLimits): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  return new Promise<yauzl.Entry[]>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entries.length + 1 > limits.maxEntries) {
        reject(tooLarge(name, `it has more than ${limits.maxEntries} entries`));
        return;
      }
      if (safeEntryName(entry.fileName) === null) {
        reject(unsafeArchive(name, `an entry's name points outside the archive (“${entry.fileName}”)`));
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) =>
      reject(
        /invalid relative path|absolute path|invalid characters/i.test(error.message)
          ? unsafeArchive(name, `an entry's name points outside the archive (${error.message})`)
          : unreadableZip(name, error),
      ),
    );
    zip.readEntry();
  });
}

/** Refuses overlapping or repeated entries, and archives that would inflate too much or far beyond their size. */
function checkLayout(entries: yauzl.Entry[], name: string, fileSize: number, limits: InputLimits): void {
  const layout: ZipEntryLayout[] = entries.map((e) => ({
    name: e.fileName,
    offset: e.relativeOffsetOfLocalHeader,
    compressedSize: e.compressedSize,
  }));
  // Overlaps first: they are what makes such an archive claim more than it holds.
  const problem = zipLayoutProblem(layout);
  if (problem) throw unsafeArchive(name, problem);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxInflatedBytes) {
    throw tooLarge(name, `it would inflate to more than ${sizeLabel(limits.maxInflatedBytes)}`);
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioAppliesAbove && ratio > limits.maxRatio) {
      throw tooLarge(
        name,
        `entry “${entry.fileName}” would inflate to ${sizeLabel(entry.uncompressedSize)}; refusing what looks like a ZIP bomb`,
      );
    }
  }
  if (total > limits.ratioAppliesAbove && total > limits.maxRatio * fileSize) {
    throw tooLarge(
      name,
      `it would inflate to ${sizeLabel(total)} from ${sizeLabel(fileSize)}; refusing what looks like a ZIP bomb`,
    );
  }
}

/** A library's failure inside an entry, in the user's words: the archive is damaged there. */
function damagedEntry(name: string, entry: string, error: Error): Error {
  if (error instanceof AppError) return error;
  return new AppError(
    'IMPORT_FORMAT',
    `${name}, ${entry}: the ZIP archive is damaged here and cannot be read. Download or export it again.`,
    { file: name, where: entry, detail: error.message },
  );
}

export async function zipSource(path: string, options: OpenOptions = {}): Promise<InputSource> {
  const name = basename(path);
  const limits = limitsOf(options);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    throw unreadableZip(name, error as Error);
  }
  const byPath = new Map<string, yauzl.Entry>();
  try {
    const entries = await listEntries(zip, name, limits);
    checkLayout(entries, name, statSync(path).size, limits);
    for (const entry of entries) if (!entry.fileName.endsWith('/')) byPath.set(entry.fileName, entry);
  } catch (error) {
    zip.close();
    throw error;
  }
  const open = (p: string) =>
    new Promise<Readable>((resolve, reject) => {
      const entry = byPath.get(p);
      if (!entry) {
        reject(new AppError('IO', `${name} has no entry “${p}”.`));
        return;
      }
      if (options.signal?.aborted) {
        reject(cancelled());
        return;
      }
      // yauzl stops an entry that inflates past its declared size (validateEntrySizes), and the
      // declared sizes were added up above: one pass over the archive stays within the limit.
      zip.openReadStream(entry, (error, stream) =>
        error || !stream
          ? reject(damagedEntry(name, p, error ?? new Error('no data')))
          : resolve(
              guardStream(stream, {
                file: name,
                signal: options.signal,
                describeError: (e) => damagedEntry(name, p, e),
              }),
            ),
      );
    });
  return {
    origin: path,
    displayName: name,
    container: 'zip',
    entries: [...byPath.values()].map((e) => ({ path: e.fileName, size: e.uncompressedSize })),
    has: (p) => byPath.has(p),
    open,
    head: async (p, bytes = 64 * 1024) => readHead(await open(p), bytes),
    fingerprint: () =>
      hashStream(guardStream(createReadStream(path), { file: name, signal: options.signal })),
    close: () => zip.close(),
  };
}
