import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../common/dto';
import { AppError } from '../../common/errors';
import { DemoRepo } from '../db/demo-repo';
import type { ImportFormat } from '../importers/format';
import { runImport } from '../ingest/pipeline';
import type { OpenWorkspace } from '../workspace/open-workspace';
import type { WorkspaceSession } from '../workspace/session';
import { CAST, DEMO_SEED } from './demo-cast';
import { DEMO_CUSTOMER_FACTS, DEMO_NOTE, DEMO_PURSUIT, DEMO_SAVED_SEARCH } from './demo-notes';
import { demoImports, type DemoImport } from './demo-records';

export const DEMO_VERSION = 'demo-1';
/** The name says it: a new user should never take these people for real ones. */
export const DEMO_FILE_NAME = 'Demo pursuit (invented people).itrack';

/** A format that hands the import pipeline one part of the demo, as its reader would have. */
function demoFormat(part: DemoImport): ImportFormat {
  const label = `Demo (invented): ${part.fileName}`;
  return {
    id: part.format,
    label,
    detect: async () => ({
      format: part.format,
      label,
      summary: 'Invented records for the demo pursuit',
      needs: {},
    }),
    async *read() {
      yield* part.records;
    },
  };
}

/**
 * Makes the demo pursuit at `path`: a new workspace filled through the real import pipeline
 * (each part an import with its provenance, removable like any other), then what a user would have
 * done by hand: the prospect marked, a note, a saved search, the pursuit, a customer's facts.
 */
export async function createDemoWorkspace(
  session: WorkspaceSession,
  path: string,
  signal: AbortSignal = new AbortController().signal,
): Promise<WorkspaceInfo> {
  session.create(path);
  // One at a time, like an import: another import is refused until the demo is made.
  await session.exclusive('the demo pursuit', (workspace) => fillDemo(workspace, signal));
  return session.currentInfo()!;
}

async function fillDemo(workspace: OpenWorkspace, signal: AbortSignal): Promise<void> {
  const demo = new DemoRepo(workspace.db);
  // Marked first: the app shows the workspace (and its banner) as soon as the file exists.
  demo.markDemo(DEMO_VERSION);
  const folder = mkdtempSync(join(tmpdir(), 'inside-track-demo-'));
  try {
    for (const [index, part] of demoImports(DEMO_SEED).entries()) {
      const file = join(folder, part.fileName);
      writeFileSync(
        file,
        `Inside Track demo pursuit: invented records (seed ${DEMO_SEED}, part ${index + 1}).\n`,
      );
      await runImport(
        workspace.db,
        { path: file, ...(part.mail ? { mail: part.mail } : {}) },
        { signal, progress: () => {} },
        [demoFormat(part)],
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const prospect = workspace.accounts.find(`@${CAST.prospect.handle}`);
  if (!prospect) throw new AppError('INTERNAL', 'The demo prospect was not imported.');
  const now = new Date().toISOString();
  workspace.prospects.add(prospect.id);
  workspace.notes.save(prospect.id, DEMO_NOTE);
  workspace.savedSearches.save(DEMO_SAVED_SEARCH.name, DEMO_SAVED_SEARCH.query);
  workspace.pursuit.save(DEMO_PURSUIT);
  workspace.prospectOrganisation.setOrganisation(prospect.id, 'Kestrel Freight', now);
  const customer = demo.personId(DEMO_CUSTOMER_FACTS.sourceKey);
  if (customer !== undefined) {
    const { sourceKey: _key, ...facts } = DEMO_CUSTOMER_FACTS;
    workspace.personFacts.update(customer, facts);
  }
}

/** Whether the open workspace is the demo pursuit (the app shows a banner while it is). */
export function isDemoWorkspace(session: WorkspaceSession): boolean {
  return session.currentInfo() !== null && new DemoRepo(session.require().db).isDemo();
}

/**
 * The start screen's "Try a demo pursuit": opens the demo in the workspaces folder when it is
 * already there (it is the same every time), else makes it. A path given (the CLI) is always made.
 */
export async function openOrCreateDemo(
  session: WorkspaceSession,
  workspacesDir: string,
  path: string | undefined,
  signal?: AbortSignal,
): Promise<WorkspaceInfo> {
  if (path) return createDemoWorkspace(session, resolve(path), signal);
  const target = join(workspacesDir, DEMO_FILE_NAME);
  if (!existsSync(target)) return createDemoWorkspace(session, target, signal);
  const info = session.open(target);
  if (isDemoWorkspace(session)) return info;
  throw new AppError(
    'WORKSPACE_EXISTS',
    `“${DEMO_FILE_NAME}” in your workspaces folder is not the demo; it is open now. Rename it to make the demo.`,
  );
}
