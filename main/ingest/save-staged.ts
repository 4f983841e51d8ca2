import { AppError } from '../../common/errors';
import { PeopleRepo } from '../db/people-repo';
import { SourcesRepo, type NewSource } from '../db/sources-repo';
import { writeTransaction } from '../db/transaction';
import type { Db } from '../db/sqlite';
import type { Relationship } from '../importers/records';
import type { StagedRecords } from './staging';
import type { ImportSummary } from './summary';
import { ImportWriter } from './writer';

export interface SaveStagedOptions {
  signal: AbortSignal;
  /**
   * Whether to pause between batches for progress events and cancel requests: only when the
   * caller holds every other workspace call back, since anything that ran in a pause would join
   * this transaction.
   */
  yields: boolean;
  progress(saved: number): void;
  assertWritable?(): void;
  source: NewSource;
  relationship: Relationship;
  /** The handle the user gave for the owner of a list the file names only by id. */
  ownerHandle?: string;
  summarize(writer: ImportWriter, sourceId: number): ImportSummary;
  /** Last writes of the import, inside its transaction (the remembered CSV mapping). */
  beforeCommit(): void;
}

/**
 * The saving phase of an import: replays the staged records through the writer in one
 * transaction. A cancel, a failure or a crash leaves the workspace as it was.
 */
export async function saveStaged(
  db: Db,
  staged: StagedRecords,
  options: SaveStagedOptions,
): Promise<ImportSummary> {
  const cancelled = () => new AppError('CANCELLED', 'Import cancelled; the workspace is unchanged.');
  options.assertWritable?.();
  const sources = new SourcesRepo(db);
  writeTransaction.begin(db);
  try {
    const { source } = options;
    const sourceId = sources.insert(source, new Date().toISOString());
    const writer = new ImportWriter(db, sourceId, options.relationship, {
      ...(options.ownerHandle ? { ownerHandle: options.ownerHandle } : {}),
    });
    let saved = 0;
    if (options.yields) options.progress(saved);
    for (const batch of staged.batches()) {
      for (const record of batch) writer.write(record);
      saved += batch.length;
      if (!options.yields) continue;
      if (options.signal.aborted) throw cancelled();
      options.progress(saved);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (options.signal.aborted) throw cancelled();
    writer.finish();
    writer.added.links += new PeopleRepo(db).suggestLinks();
    const summary = options.summarize(writer, sourceId);
    sources.finish(sourceId, writer.capturedAt, writer.ownerAccountId, summary);
    options.beforeCommit();
    // The file may have gone while the records were written: then they would be written to nothing.
    options.assertWritable?.();
    writeTransaction.commit(db);
    options.progress(saved);
    return summary;
  } catch (error) {
    rollback(db);
    throw error;
  }
}

function rollback(db: Db): void {
  try {
    writeTransaction.rollback(db);
  } catch {
    /* SQLite may have rolled back already (a full disk): the first error is the one to report */
  }
}
