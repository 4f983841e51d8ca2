import type { DetectedImport, ImportSummaryDto, Progress } from '../../common/dto';
import { detectImport } from '../ingest/detect';
import { runImport, type ImportProgress } from '../ingest/pipeline';
import { removeImport } from '../ingest/remove-import';
import type { WorkspaceBackups } from '../workspace/backups';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type ImportMethods = 'import.detect' | 'import.run' | 'import.list' | 'import.remove';

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

export function importHandlers(
  session: WorkspaceSession,
  backups: WorkspaceBackups,
): HandlerSlice<ImportMethods> {
  return {
    'import.detect': async ({ paths }) => {
      session.require();
      const results: DetectedImport[] = [];
      for (const path of paths) results.push(await detectImport(session.require(), path));
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
            columnMapping: args.columnMapping,
            ...(args.mail ? { mail: args.mail } : {}),
          },
          {
            signal: ctx.signal,
            progress: (progress) => ctx.progress(importProgress(progress)),
            holdOtherCalls: ctx.holdOtherCalls,
            assertWritable: () => void session.assertWritable(),
            beforeSaving: (file) =>
              void backups.before(workspace, {
                label: `import of ${file}`,
                outcome: `${file} was not imported`,
              }),
          },
        );
        return summary satisfies ImportSummaryDto;
      }),
    'import.list': () => session.require().sources.list(),
    'import.remove': ({ sourceId }) => {
      const workspace = session.require();
      const file = workspace.sources.fileName(sourceId);
      if (file !== undefined) {
        backups.before(workspace, { label: `removal of ${file}`, outcome: `${file} was not removed` });
      }
      return removeImport(workspace, sourceId);
    },
  };
}
