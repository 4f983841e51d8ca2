// Tests only: the promises every contact and CSV importer keeps about random damage to a valid file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { collectRecords } from './collect';
import { corrupt, corruption, type Corruption } from './corruption';
import { dataRecords, expectNamesFile, propertyWorkspace, readOrRefusal } from './import-check';
import { writeFile } from './test-files';
import type { ImportFormat, ReadOptions } from '../importers/format';
import type { ImportRequest } from '../ingest/pipeline';
import type { ImportRecord } from '../importers/records';

/** The damaged file's name: the refusal must name it, never a temporary path. */
export const DAMAGED_NAME = 'damaged-export';

/**
 * What a truncated file may be read as: records of the whole file, in order, but perhaps fewer;
 * and the last one read may differ from its original in what `lastColumnFree` takes away (the
 * value a cut complete-looking last row can shorten, when a file may end without a newline).
 */
export function expectPrefixOf(
  read: ImportRecord[],
  whole: ImportRecord[],
  lastColumnFree: (record: ImportRecord) => unknown = (record) => record,
): void {
  const got = dataRecords(read);
  const all = dataRecords(whole);
  expect(got.length).toBeLessThanOrEqual(all.length);
  got.forEach((record, index) => {
    if (index < got.length - 1) expect(record).toEqual(all[index]);
    else expect(lastColumnFree(record)).toEqual(lastColumnFree(all[index]!));
  });
}

/** A refusal names the file and where in it: a line or a card. */
export function expectNamesRecord(message: string): void {
  expect(message, message).toMatch(/\b(line|lines|card) \d+|: is empty$/);
}

export interface DamageCase {
  format: ImportFormat;
  /** A valid file's bytes and the records it reads as. */
  valid: Buffer;
  whole: ImportRecord[];
  damage: Damage;
  dir: string;
  options?: ReadOptions;
  lastColumnFree?: (record: ImportRecord) => unknown;
}

/**
 * Reads the damaged file: either records (for a truncation, only a prefix of the whole file's)
 * or a typed refusal naming the file and the record; never an untyped exception.
 * Returns the path of the damaged file.
 */
export async function checkDamagedRead(test: DamageCase): Promise<{ path: string; refused: boolean }> {
  const bytes = applyDamage(test.valid, test.damage);
  const path = join(test.dir, DAMAGED_NAME);
  writeFileSync(path, bytes);
  const outcome = await readOrRefusal(test.format, path, test.options);
  if ('refusal' in outcome) {
    expectNamesFile(outcome.refusal, DAMAGED_NAME);
    expectNamesRecord(outcome.refusal.message);
    return { path, refused: true };
  }
  if (test.damage.kind === 'truncate') expectPrefixOf(outcome.records, test.whole, test.lastColumnFree);
  return { path, refused: false };
}

/** The shared damage kinds, plus one CSV and vCard files meet: a quote character gone. */
export type Damage = Corruption | { kind: 'drop-quote'; at: number };

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 4, arbitrary: corruption() },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-quote' as const), at: fc.nat() }) },
);

/** The file with the damage applied; dropping a quote removes the `at`-th one (modulo their count). */
export function applyDamage(bytes: Buffer, hurt: Damage): Buffer {
  if (hurt.kind !== 'drop-quote') return corrupt(bytes, hurt);
  const quotes = [...bytes.entries()].filter(([, byte]) => byte === 0x22).map(([index]) => index);
  if (quotes.length === 0) return bytes.subarray(0, Math.max(0, bytes.length - 1));
  const at = quotes[hurt.at % quotes.length]!;
  return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
}

/**
 * 60 runs per property keeps the suite quick; seeds are random, and a failure prints its seed and
 * path. FC_SEED and FC_PATH replay one; FC_RUNS widens a search (e.g. FC_RUNS=1000).
 */
export const PROPERTY_RUNS: { numRuns: number; seed?: number; path?: string } = {
  numRuns: Number(process.env['FC_RUNS'] ?? 60),
  ...(process.env['FC_SEED'] ? { seed: Number(process.env['FC_SEED']) } : {}),
  ...(process.env['FC_PATH'] ? { path: process.env['FC_PATH'] } : {}),
};

/** The import request for a damaged file, naming the format so detection cannot pick another. */
export function damagedRequest(
  path: string,
  format: ImportFormat,
  extra: Partial<ImportRequest> = {},
): ImportRequest {
  return { path, format: format.id, relationship: 'colleague', ...extra };
}

/** A valid file, the format that reads it, and what its import request adds (a CSV's column mapping). */
export interface ValidExport {
  bytes: Buffer;
  format: ImportFormat;
  request?: Partial<ImportRequest>;
}

export interface DamagedExportCase<T> {
  tempDir: () => string;
  /** Valid files: samples, or random ones written as the tool does. */
  validFile: fc.Arbitrary<T>;
  open: (valid: T) => ValidExport;
  /** The name the whole file is read under (its extension, as the tool writes it). */
  wholeName?: string;
  options?: ReadOptions;
  lastColumnFree?: (record: ImportRecord) => unknown;
}

/**
 * The promise every contacts and CSV reader keeps: a damaged file is read as a prefix of the whole
 * one or refused, naming the file and the line or card (checkDamagedRead); a refused import, through
 * the real pipeline, leaves the workspace file byte for byte as it was.
 */
export async function damagedExportProperty<T>(c: DamagedExportCase<T>): Promise<void> {
  const dir = c.tempDir();
  const workspace = propertyWorkspace(dir);
  try {
    await fc.assert(
      fc.asyncProperty(c.validFile, damage, async (valid, hurt) => {
        const { bytes, format, request } = c.open(valid);
        const wholePath = writeFile(dir, c.wholeName ?? 'whole.csv', bytes);
        const whole = (await collectRecords(format, wholePath, c.options)).records;
        const { options, lastColumnFree } = c;
        const { path } = await checkDamagedRead({
          format,
          valid: bytes,
          whole,
          damage: hurt,
          dir,
          options,
          lastColumnFree,
        });
        await workspace.importOrUnchanged(damagedRequest(path, format, request));
      }),
      PROPERTY_RUNS,
    );
  } finally {
    workspace.close();
  }
}

export { fc };
