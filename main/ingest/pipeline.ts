import { basename } from 'node:path';
import { AppError } from '../../common/errors';
import { CsvMappingsRepo } from '../db/csv-mappings-repo';
import { SourcesRepo } from '../db/sources-repo';
import type { Db } from '../db/sqlite';
import { storageError } from '../db/sqlite-errors';
import { parseAccountRef } from '../importers/account-ref';
import type { Detection, FormatId, ImportFormat, ReadContext, ReadOptions } from '../importers/format';
import { openInput, type InputSource } from '../importers/input';
import type { Network, Relationship } from '../importers/records';
import { formatById, importFormats } from '../importers/registry';
import type { MailReadOptions } from '../importers/formats/mail-shared/mail-filter';
import { mailOptionsJson, saveOwnAddresses, withKept } from './communication-import';
import { ownerHandleFor } from './list-owner';
import { saveStaged } from './save-staged';
import { StagedRecords } from './staging';
import type { ImportSummary } from './summary';

export interface ImportRequest {
  path: string;
  /** Skips detection (the user or the CLI named the format). */
  format?: FormatId;
  /** `@handle`, id, DID or address of whose list a followers/following file is. */
  listOwner?: string;
  relationship?: Relationship;
  /** Generic CSV: the user's column mapping (remembered for files with the same header). */
  columnMapping?: unknown;
  /** Mail, calendar, LinkedIn activity: the user's own addresses and what to leave out. */
  mail?: MailReadOptions;
}

export interface ImportProgress {
  /** Reading and checking the input (the workspace is free), then saving it (one transaction). */
  phase: 'reading' | 'saving';
  /** Records read so far, or saved so far while saving. */
  records: number;
  /** Records to save (known once reading is done). */
  totalRecords: number | null;
  bytes: number;
  totalBytes: number | null;
}

export interface ImportContext {
  signal: AbortSignal;
  progress(progress: ImportProgress): void;
  /**
   * Runs the saving phase with every other workspace call held back until it ends (the
   * dispatcher's gate). Without it, the saving phase runs without yielding, so nothing else can
   * run inside its transaction.
   */
  holdOtherCalls?<T>(work: () => Promise<T>): Promise<T>;
  /** Throws when the workspace can no longer take writes (its file was moved or deleted). */
  assertWritable?(): void;
  /** Runs as saving starts, before anything is written (a backup); throwing stops the import. */
  beforeSaving?(fileName: string): void;
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
 * Imports one file, folder or archive in two phases. Reading: the input is read, checked and
 * spooled to a private staging file with no transaction open, so edits made meanwhile commit on
 * their own and a bad record or a cancel leaves the workspace untouched. Saving: the staged
 * records are written in one transaction, so either all of the import lands or (a cancel, a
 * failure, a crash) none of it does.
 */
export async function runImport(
  db: Db,
  request: ImportRequest,
  ctx: ImportContext,
  formats: readonly ImportFormat[] = importFormats,
): Promise<ImportSummary> {
  const started = Date.now();
  const input = await openInput(request.path, { signal: ctx.signal });
  let staged: StagedRecords | null = null;
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
    // A file that names its owner by id takes the answer as who that id is, not as another owner.
    const ownerHandle = ownerHandleFor(db, detection, request.listOwner, input.displayName);
    const listOwner =
      request.listOwner && !detection.owner ? parseAccountRef(request.listOwner, network) : undefined;
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
    const previous = sources.findSame(sha256, format.id);
    const base = { file: input.displayName, format: format.id, formatLabel: detection.label };
    if (previous) {
      const summary = JSON.parse(previous.summaryJson) as Partial<ImportSummary>;
      return {
        ...base,
        sourceId: previous.id,
        added: { accounts: 0, follows: 0, posts: 0, likes: 0, people: 0, links: 0 },
        read: summary.read ?? { accounts: 0, follows: 0, posts: 0, likes: 0, people: 0, links: 0 },
        skipped: [],
        warnings: [],
        alreadyImportedAt: previous.importedAt,
        durationMs: Date.now() - started,
      };
    }

    staged = StagedRecords.create();
    const progress = await stage(
      staged,
      format,
      input,
      { listOwner, relationship, columnMapping, ...(request.mail ? { mail: request.mail } : {}) },
      ctx,
    );
    const save = () => {
      ctx.beforeSaving?.(input.displayName);
      return saveStaged(db, staged!, {
        ...ctx,
        yields: ctx.holdOtherCalls !== undefined,
        progress: (saved) =>
          ctx.progress({ ...progress, phase: 'saving', records: saved, totalRecords: staged!.count }),
        source: {
          fileName: input.displayName,
          origin: input.origin,
          sha256,
          format: format.id,
          optionsJson: JSON.stringify({
            listOwner: request.listOwner,
            relationship,
            ...mailOptionsJson(request.mail),
          }),
        },
        relationship,
        ...(ownerHandle ? { ownerHandle } : {}),
        summarize: (writer, sourceId): ImportSummary =>
          withKept(writer, {
            ...base,
            sourceId,
            added: writer.added,
            read: writer.read,
            skipped: [...writer.skipped].map(([reason, v]) => ({ reason, ...v })),
            warnings: writer.warnings,
            durationMs: Date.now() - started,
            ...(writer.colleagues ? { kept: writer.colleagues.keptSentence() } : {}),
          }),
        beforeCommit: () => {
          saveOwnAddresses(db, request.mail);
          if (mappingNeed && request.columnMapping)
            mappings.remember(mappingNeed.shape, request.columnMapping);
        },
      });
    };
    return await (ctx.holdOtherCalls ? ctx.holdOtherCalls(save) : save());
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw (
      storageError(error, { workspace: workspaceFileName(db), outcome: 'nothing was imported' }) ??
      new AppError(
        'IMPORT_FORMAT',
        `${input.displayName}: ${error instanceof Error ? error.message : String(error)}`,
        {
          file: input.displayName,
        },
      )
    );
  } finally {
    staged?.dispose();
    input.close();
  }
}

const cancelled = () => new AppError('CANCELLED', 'Import cancelled; the workspace is unchanged.');

/** The reading phase: every record read, checked and staged, with no transaction open. */
async function stage(
  staged: StagedRecords,
  format: ImportFormat,
  input: InputSource,
  options: ReadOptions,
  ctx: ImportContext,
): Promise<ImportProgress> {
  const progress: ImportProgress = {
    phase: 'reading',
    records: 0,
    totalRecords: null,
    bytes: 0,
    totalBytes: null,
  };
  const readContext: ReadContext = {
    signal: ctx.signal,
    progress: (done, total) => {
      progress.bytes = done;
      progress.totalBytes = total;
    },
  };
  for await (const record of format.read(input, options, readContext)) {
    staged.add(record);
    progress.records += 1;
    if (progress.records % 2000 === 0) {
      if (ctx.signal.aborted) throw cancelled();
      ctx.progress(progress);
      // Let progress events, cancel requests and the user's other calls through.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (ctx.signal.aborted) throw cancelled();
  ctx.progress(progress);
  return progress;
}

/** The workspace's file name for messages ("Acme.itrack"), from SQLite's own record of it. */
function workspaceFileName(db: Db): string | undefined {
  return db.name ? basename(db.name) : undefined;
}
