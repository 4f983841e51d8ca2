import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/sqlite';
import type { ImportRecord, PersonRecord, Relationship } from '../importers/records';
import { runImport } from '../ingest/pipeline';
import { fixedFormat } from './fixed-format';

/**
 * Imports `records` through the real writer as one more import of a new file in `dir`, straight
 * into a workspace database (no core); the new import's id.
 */
export async function importIntoDb(
  db: Db,
  dir: string,
  records: ImportRecord[],
  relationship: Relationship = 'customer',
): Promise<number> {
  const path = join(dir, 'fixture.txt');
  writeFileSync(path, String(Math.random()));
  const ctx = { signal: new AbortController().signal, progress: () => {} };
  await runImport(db, { path, relationship }, ctx, [fixedFormat(records)]);
  return db.prepare('SELECT max(id) FROM sources').pluck().get() as number;
}

/** A contact as an import states it. */
export const contactRecord = (
  sourceKey: string,
  displayName: string,
  facts: Partial<PersonRecord> = {},
): PersonRecord => ({ type: 'person', sourceKey, displayName, ...facts });
