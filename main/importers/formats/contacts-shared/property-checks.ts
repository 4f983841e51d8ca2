// Tests only: the promises every contact and CSV importer keeps about random damage to a valid file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { corrupt, corruption, type Corruption } from '../../../test-support/corruption';
import { dataRecords, expectNamesFile, readOrRefusal } from '../../../test-support/import-check';
import type { ImportFormat, ReadOptions } from '../../format';
import type { ImportRequest } from '../../pipeline';
import type { ImportRecord } from '../../records';

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
  damage: Corruption;
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
  const bytes = corrupt(test.valid, test.damage);
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

/** A corruption plus the seed-independent parts a property needs. */
export const damage = corruption();

/** Runs numRuns cases: modest, so the suite stays quick; failures print their seed to replay. */
export const PROPERTY_RUNS = { numRuns: 60 };

/** The import request for a damaged file, naming the format so detection cannot pick another. */
export function damagedRequest(
  path: string,
  format: ImportFormat,
  extra: Partial<ImportRequest> = {},
): ImportRequest {
  return { path, format: format.id, relationship: 'colleague', ...extra };
}

export { fc };
