import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yazl from 'yazl';
import { ImportFormatError } from '../importers/errors';
import type { ImportFormat, ReadOptions } from '../importers/format';
import { openInput } from '../importers/input';
import type { Detection } from '../importers/format';
import { collectRecords } from './collect';

/** Test helpers: write handcrafted files and read them back. Tests only. */

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Writes `files` (relative path, folders allowed -> content) under `dir`; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export async function writeZip(
  dir: string,
  name: string,
  files: Record<string, string | Buffer>,
): Promise<string> {
  const path = join(dir, name);
  const zip = new yazl.ZipFile();
  for (const [entry, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), entry);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
  return path;
}

export async function detectAt(format: ImportFormat, path: string): Promise<Detection | null> {
  const input = await openInput(path);
  try {
    return await format.detect(input);
  } finally {
    input.close();
  }
}

/** The error a read fails with (undefined when it does not fail). */
export async function readError(
  format: ImportFormat,
  path: string,
  options: ReadOptions = {},
): Promise<unknown> {
  try {
    await collectRecords(format, path, options);
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The ImportFormatError a read fails with; no error, or any other, fails the test. */
export async function formatError(
  format: ImportFormat,
  path: string,
  options: ReadOptions = {},
): Promise<ImportFormatError> {
  const error = await readError(format, path, options);
  if (!(error instanceof ImportFormatError))
    throw new Error(`expected an ImportFormatError, got ${String(error)}`);
  return error;
}

/** Bytes that are no text format: a fixed pseudo-random sequence with some newlines and quotes. */
export function binaryGarbage(length = 20_000): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 12345;
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  return bytes;
}
