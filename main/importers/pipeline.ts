import { AppError } from '../../common/errors';
import { PeopleRepo } from '../db/people-repo';
import { CsvMappingsRepo } from '../db/csv-mappings-repo';
import { SourcesRepo } from '../db/sources-repo';
import type { Db } from '../db/sqlite';
import { parseAccountRef } from './account-ref';
import type { Detection, FormatId, ImportFormat, ReadContext } from './format';
import { openInput, type InputSource } from './input';
import type { Network, Relationship } from './records';
import { formatById, importFormats } from './registry';
import type { ImportSummary } from './summary';
import { ImportWriter } from './writer';

export interface ImportRequest {
  path: string;
  /** Skips detection (the user or the CLI named the format). */
  format?: FormatId;
  /** `@handle`, id, DID or address of whose list a followers/following file is. */
  listOwner?: string;
  relationship?: Relationship;
  /** Generic CSV: the user's column mapping (remembered for files with the same header). */
  columnMapping?: unknown;
}

export interface ImportProgress {
  records: number;
  bytes: number;
  totalBytes: number | null;
}

const networkOf: Partial<Record<FormatId, Network>> = {
  'x-archive': 'x',
  'x-api-v2': 'x',
  twarc2: 'x',
  'twarc-csv': 'x',
  snscrape: 'x',
  mastodon: 'mastodon',
  'bluesky-car': 'bluesky',
};

export async function detectFormat(
  input: InputSource,
  formats: readonly ImportFormat[] = importFormats,
): Promise<{ format: ImportFormat; detection: Detection } | null> {
  for (const format of formats) {
    const detection = await format.detect(input);
    if (detection) return { format, detection };
  }
  return null;
}

function unrecognized(input: InputSource): AppError {
  return new AppError(
    'IMPORT_UNRECOGNIZED',
    `${input.displayName}: not a file Inside Track can import. It reads X archives and API exports, twarc and snscrape files, Mastodon and Bluesky exports, and contact lists (LinkedIn, Google, vCard).`,
    { file: input.displayName },
  );
}

/**
 * Imports one file, folder or archive in a single transaction: either all of it lands, or (bad
 * record, cancel, crash) none of it does and the workspace is exactly as before.
 */
export async function runImport(
  db: Db,
  request: ImportRequest,
  ctx: { signal: AbortSignal; progress(progress: ImportProgress): void },
  formats: readonly ImportFormat[] = importFormats,
): Promise<ImportSummary> {
  const started = Date.now();
  const input = await openInput(request.path);
  try {
    let found: { format: ImportFormat; detection: Detection } | null;
    if (request.format) {
      const format = formats.find((f) => f.id === request.format) ?? formatById(request.format);
      if (!format) throw new AppError('BAD_REQUEST', `Unknown import format “${request.format}”.`);
      found = {
        format,
        detection: (await format.detect(input)) ?? {
          format: format.id,
          label: format.label,
          summary: '',
          needs: {},
        },
      };
    } else {
      found = await detectFormat(input, formats);
    }
    if (!found) throw unrecognized(input);
    const { format, detection } = found;
    const network = networkOf[format.id] ?? 'x';
    const listOwner = request.listOwner ? parseAccountRef(request.listOwner, network) : undefined;
    if (detection.needs.listOwner && !listOwner && !detection.owner) {
      throw new AppError(
        'IMPORT_NEEDS_INPUT',
        detection.needs.listOwner.list === 'likes'
          ? `${input.displayName} holds likes that do not say whose they are: name the account (for example --of @handle).`
          : `${input.displayName} is a ${detection.needs.listOwner.list} list that does not say whose it is: name the account (for example --of @handle).`,
        { file: input.displayName, needs: 'listOwner' },
      );
    }
    const relationship = request.relationship ?? (detection.needs.relationship ? 'other' : 'me');
    const mappingNeed = detection.needs.columnMapping;
    const mappings = new CsvMappingsRepo(db);
    const columnMapping =
      request.columnMapping ?? (mappingNeed ? mappings.get(mappingNeed.shape) : undefined);

    const sources = new SourcesRepo(db);
    const sha256 = await input.fingerprint();
    const previous = sources.findSame.get(sha256, format.id);
    const base = { file: input.displayName, format: format.id, formatLabel: detection.label };
    if (previous) {
      const summary = JSON.parse(previous.summary_json) as Partial<ImportSummary>;
      return {
        ...base,
        sourceId: previous.id,
        added: { accounts: 0, follows: 0, posts: 0, likes: 0, people: 0, links: 0 },
        read: summary.read ?? { accounts: 0, follows: 0, posts: 0, likes: 0, people: 0, links: 0 },
        skipped: [],
        warnings: [],
        alreadyImportedAt: previous.imported_at,
        durationMs: Date.now() - started,
      };
    }

    db.exec('BEGIN IMMEDIATE');
    try {
      const options = { listOwner, relationship, columnMapping };
      const sourceId = sources.insert.get(
        input.displayName,
        input.origin,
        sha256,
        format.id,
        JSON.stringify({ listOwner: request.listOwner, relationship }),
        new Date().toISOString(),
      )!;
      const writer = new ImportWriter(db, sourceId, relationship);
      const progress: ImportProgress = { records: 0, bytes: 0, totalBytes: null };
      const readContext: ReadContext = {
        signal: ctx.signal,
        progress: (done, total) => {
          progress.bytes = done;
          progress.totalBytes = total;
        },
      };
      for await (const record of format.read(input, options, readContext)) {
        writer.write(record);
        progress.records += 1;
        if (progress.records % 2000 === 0) {
          if (ctx.signal.aborted)
            throw new AppError('CANCELLED', 'Import cancelled; the workspace is unchanged.');
          ctx.progress(progress);
          // Let progress events and cancel requests through while the transaction stays open.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      if (ctx.signal.aborted)
        throw new AppError('CANCELLED', 'Import cancelled; the workspace is unchanged.');
      writer.finish();
      writer.added.links += new PeopleRepo(db).suggestLinks();
      const summary: ImportSummary = {
        ...base,
        sourceId,
        added: writer.added,
        read: writer.read,
        skipped: [...writer.skipped].map(([reason, v]) => ({ reason, ...v })),
        warnings: writer.warnings,
        durationMs: Date.now() - started,
      };
      sources.finish.run(writer.capturedAt, writer.ownerAccountId, JSON.stringify(summary), sourceId);
      if (mappingNeed && request.columnMapping) mappings.remember(mappingNeed.shape, request.columnMapping);
      db.exec('COMMIT');
      ctx.progress(progress);
      return summary;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (error instanceof AppError) throw error;
      throw new AppError(
        'IMPORT_FORMAT',
        `${input.displayName}: ${error instanceof Error ? error.message : String(error)}`,
        {
          file: input.displayName,
        },
      );
    }
  } finally {
    input.close();
  }
}
