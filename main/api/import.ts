import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  ColumnMappingDto,
  DetectedImport,
  ImportSourceDto,
  ImportSummaryDto,
  Progress,
} from '../../common/dto';
import { AppError } from '../../common/errors';
import { CsvMappingsRepo } from '../db/csv-mappings-repo';
import { SourcesRepo } from '../db/sources-repo';
import { removeSource } from '../db/removal-repo';
import { openInput } from '../importers/input';
import { detectFormat, runImport, type ImportProgress } from '../importers/pipeline';
import { refreshProfile } from '../importers/writer';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

type ImportMethods = 'import.detect' | 'import.run' | 'import.list' | 'import.remove';

function ownerLabel(key: { handle?: string; id?: string } | undefined): string | null {
  if (!key) return null;
  return key.handle ? `@${key.handle.replace(/^@/, '')}` : (key.id ?? null);
}

async function detectOne(path: string, session: WorkspaceSession): Promise<DetectedImport> {
  const absolute = resolve(path);
  const base = { path: absolute, displayName: absolute, container: 'file' as const, sizeBytes: 0 };
  const empty = {
    format: null,
    label: '',
    summary: '',
    owner: null,
    needsListOwner: null,
    needsRelationship: false,
    alreadyImportedAt: null,
  };
  let input;
  try {
    input = await openInput(absolute);
  } catch (error) {
    return { ...base, ...empty, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    const sizeBytes = input.entries.reduce((sum, e) => sum + e.size, 0) || statSync(absolute).size;
    const described = { ...base, displayName: input.displayName, container: input.container, sizeBytes };
    const found = await detectFormat(input);
    if (!found) {
      return { ...described, ...empty, error: `${input.displayName}: not a file Inside Track can import.` };
    }
    const { detection } = found;
    const workspace = session.require();
    const previous = new SourcesRepo(workspace.db).findSame.get(await input.fingerprint(), detection.format);
    const mapping = detection.needs.columnMapping;
    return {
      ...described,
      format: detection.format,
      label: detection.label,
      summary: detection.summary,
      owner: ownerLabel(detection.owner),
      needsListOwner: detection.owner ? null : (detection.needs.listOwner?.list ?? null),
      needsRelationship: detection.needs.relationship ?? false,
      columnMapping: mapping
        ? {
            header: mapping.header,
            proposal: mapping.proposal as ColumnMappingDto & { confidence: number },
            remembered:
              (new CsvMappingsRepo(workspace.db).get(mapping.shape) as ColumnMappingDto | undefined) ?? null,
            confident: mapping.confident,
          }
        : null,
      alreadyImportedAt: previous?.imported_at ?? null,
      error: null,
    };
  } catch (error) {
    return { ...base, ...empty, error: error instanceof Error ? error.message : String(error) };
  } finally {
    input.close();
  }
}

/**
 * Reading counts bytes of the input when its size is known; saving counts records against the
 * staged total in its label (the dialog takes a known total to mean bytes).
 */
function importProgress(progress: ImportProgress): Progress {
  const count = (n: number) => n.toLocaleString('en-US');
  if (progress.phase === 'saving') {
    return {
      phase: `Saving ${count(progress.records)} of ${count(progress.totalRecords ?? progress.records)} records`,
      done: progress.records,
      total: null,
    };
  }
  return {
    phase: `${count(progress.records)} records`,
    done: progress.totalBytes ? progress.bytes : progress.records,
    total: progress.totalBytes,
  };
}

export function importHandlers(session: WorkspaceSession): HandlerSlice<ImportMethods> {
  return {
    'import.detect': async ({ paths }) => {
      session.require();
      const results: DetectedImport[] = [];
      for (const path of paths) results.push(await detectOne(path, session));
      return results;
    },
    'import.run': (args, ctx) =>
      session.exclusive('the import', async (workspace) => {
        const summary = await runImport(
          workspace.db,
          {
            path: args.path,
            format: args.format as never,
            listOwner: args.listOwner,
            relationship: args.relationship,
          },
          {
            signal: ctx.signal,
            progress: (progress) => ctx.progress(importProgress(progress)),
            holdOtherCalls: ctx.holdOtherCalls,
            assertWritable: () => void session.assertWritable(),
          },
        );
        return summary satisfies ImportSummaryDto;
      }),
    'import.list': () => {
      const workspace = session.require();
      const owners = workspace.db.prepare<[number], { handle: string | null; external_id: string }>(
        'SELECT handle, external_id FROM accounts WHERE id = ?',
      );
      return new SourcesRepo(workspace.db).all.all().map((row): ImportSourceDto => {
        const summary = JSON.parse(row.summary_json) as Partial<ImportSummaryDto>;
        const owner = row.owner_account_id === null ? undefined : owners.get(row.owner_account_id);
        return {
          id: row.id,
          fileName: row.file_name,
          path: row.path,
          format: row.format,
          formatLabel: summary.formatLabel ?? row.format,
          importedAt: row.imported_at,
          capturedAt: row.captured_at,
          owner: owner ? (owner.handle ? `@${owner.handle}` : owner.external_id) : null,
          summary: summary.added ? (summary as ImportSummaryDto) : null,
        };
      });
    },
    'import.remove': ({ sourceId }) => {
      const workspace = session.require();
      if (!new SourcesRepo(workspace.db).byId.get(sourceId)) {
        throw new AppError('BAD_REQUEST', `There is no import #${sourceId} in this workspace.`);
      }
      return removeSource(workspace.db, sourceId, refreshProfile);
    },
  };
}
