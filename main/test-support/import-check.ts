// Tests only: what every importer promises about a damaged file, checked the same way for each.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { AppError } from '../../common/errors';
import { createWorkspaceFile } from '../db/workspace-file';
import type { ImportFormat, ReadOptions } from '../importers/format';
import { runImport, type ImportRequest } from '../ingest/pipeline';
import type { ImportRecord } from '../importers/records';
import { collectRecords } from './collect';
import { corrupt, corruption, swapType, typeSwap } from './corruption';
import { fingerprint } from './file-hash';

/** Codes a refused file may carry: the file is bad, unknown, or too large. */
const REFUSAL_CODES = [
  'IMPORT_FORMAT',
  'IMPORT_UNRECOGNIZED',
  'IMPORT_TOO_LARGE',
  'IMPORT_NEEDS_INPUT',
  'IMPORT_UNSAFE_ARCHIVE',
];

/** A thrown value that is not a typed refusal fails the property with its stack, to be read. */
function asRefusal(error: unknown): AppError {
  if (!(error instanceof AppError) || !REFUSAL_CODES.includes(error.code)) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new Error(`expected a typed refusal, got: ${text}`);
  }
  return error;
}

/** Reads the file with one format: its records, or the typed refusal (anything else fails). */
export async function readOrRefusal(
  format: ImportFormat,
  path: string,
  options: ReadOptions = {},
): Promise<{ records: ImportRecord[] } | { refusal: AppError }> {
  try {
    return { records: (await collectRecords(format, path, options)).records };
  } catch (error) {
    return { refusal: asRefusal(error) };
  }
}

/**
 * A refusal is about the damaged file (or the archive it is in): the message starts with its
 * name, or its path inside the archive ("tweets.js, record 3: …", "archive.zip/outbox.json: …").
 */
export function expectNamesFile(refusal: AppError, ...names: string[]): void {
  // "<file>, <where>: …", "<file>: …" or a sentence about it ("twitter-2020.zip is not a complete ZIP archive…").
  const subject = (name: string) =>
    new RegExp(`^(\\S*/)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([,:]| is )`);
  expect(
    names.some((name) => subject(name).test(refusal.message)),
    refusal.message,
  ).toBe(true);
  expect(refusal.message).not.toMatch(/\/tmp\/|inside-track-|\bat \w+ \(/);
}

/** A workspace file per property, reused across runs: imports accumulate as a user's would. */
export function propertyWorkspace(dir: string) {
  const path = join(dir, 'w.itrack');
  const db = createWorkspaceFile(path, 'property');
  const settle = () => db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    path,
    close: () => db.close(),
    /**
     * Imports through the real pipeline; when the import is refused, checks the refusal is typed
     * and the workspace file is byte for byte what it was before.
     */
    async importOrUnchanged(request: ImportRequest): Promise<AppError | undefined> {
      settle();
      const before = fingerprint(path);
      const quiet = { signal: new AbortController().signal, progress: () => {} };
      try {
        await runImport(db, request, quiet);
        return undefined;
      } catch (error) {
        const refusal = asRefusal(error);
        settle();
        expect(fingerprint(path), `workspace changed by a refused import: ${refusal.message}`).toBe(before);
        return refusal;
      }
    },
  };
}

/** Records of the kinds that carry data, without skips, warnings and source facts. */
export function dataRecords(records: ImportRecord[]): ImportRecord[] {
  return records.filter((r) => r.type !== 'skip' && r.type !== 'warning' && r.type !== 'source-info');
}

/**
 * What a truncated file may be read as: nothing that was not in the whole file (a cut value
 * must never pass for a real one). Compared as JSON, since records are plain data.
 */
export function expectOnlyOriginalRecords(read: ImportRecord[], whole: ImportRecord[]): void {
  const known = new Set(dataRecords(whole).map(canonical));
  for (const record of dataRecords(read)) {
    expect(known.has(canonical(record)), `not in the whole file: ${canonical(record)}`).toBe(true);
  }
}

/** JSON with object keys sorted, so field order does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

/** Runs per property: modest by default; PROPERTY_RUNS=2000 for a longer hunt. */
export function propertyRuns(runs: number): number {
  const override = Number(process.env['PROPERTY_RUNS']);
  return Number.isInteger(override) && override > 0 ? override : runs;
}

/** A format read from one file, described for `damagedFileProperty`. */
export interface SingleFileCase<T> {
  tempDir: () => string;
  format: ImportFormat;
  model: fc.Arbitrary<T>;
  fileName: (model: T) => string;
  /** The file's JSON content, where wrong types are put. */
  json: (model: T) => unknown;
  /** The file's bytes for that content (as the tool writes them). */
  render: (json: unknown) => string;
  /** What reading the whole, valid file yields (to check a cut file yields nothing else). */
  expected: (model: T) => ImportRecord[];
  options?: (model: T) => ReadOptions;
  request?: (model: T) => Partial<ImportRequest>;
  runs: number;
}

/**
 * The promise every single-file reader keeps: a damaged file (cut, flipped, padded, invalid
 * UTF-8, or a value of the wrong type) is read, or refused by a typed error naming the file; a
 * cut file never yields a record the whole file did not hold; a refused import, through the
 * real pipeline, leaves the workspace file byte for byte as it was.
 */
export async function damagedFileProperty<T>(c: SingleFileCase<T>): Promise<void> {
  const workspace = propertyWorkspace(c.tempDir());
  const change = fc.oneof(
    { weight: 3, arbitrary: corruption().map((damage) => ({ damage })) },
    { weight: 1, arbitrary: typeSwap().map((swap) => ({ swap })) },
  );
  try {
    await fc.assert(
      fc.asyncProperty(c.model, change, async (model, how) => {
        const name = c.fileName(model);
        const json = c.json(model);
        const bytes =
          'damage' in how
            ? corrupt(Buffer.from(c.render(json)), how.damage)
            : Buffer.from(c.render(swapType(json, how.swap)));
        const path = join(c.tempDir(), name);
        writeFileSync(path, bytes);
        const read = await readOrRefusal(c.format, path, c.options?.(model));
        if ('refusal' in read) expectNamesFile(read.refusal, name);
        else if ('damage' in how && how.damage.kind === 'truncate') {
          expectOnlyOriginalRecords(read.records, c.expected(model));
        }
        const refusal = await workspace.importOrUnchanged({ path, ...c.request?.(model) });
        if (refusal) expectNamesFile(refusal, name);
      }),
      { numRuns: propertyRuns(c.runs) },
    );
  } finally {
    workspace.close();
  }
}

/** Time for a describe of property tests: real files and workspaces, more for a long hunt. */
export const propertyTimeout = process.env['PROPERTY_RUNS'] ? 3_600_000 : 120_000;
