import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchiveFollowers } from '../../bench/files';
import type { Progress } from '../../common/dto';
import { createClient } from '../../common/client';
import type { AppError } from '../../common/errors';
import { createMemoryTransport } from '../host/memory-transport';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDir();

/** A workspace with two earlier imports, and a follower list big enough to be busy with. */
async function busyWorld(followers = 60_000) {
  const dir = tempDir();
  const core = createCore({ host: 'memory', dataDir: dir, workspacesDir: dir });
  const api = createClient(createMemoryTransport(core));
  const path = join(dir, 'edits.itrack');
  await api.workspace.create({ path });
  await api.import.run({ path: samplePath('x-archive', 'denchi-2020') });
  const removable = await api.import.run({ path: samplePath('x-archive', 'honestmvp-2020') });
  const account = (await api.accounts.find({ ref: '@denchi' })) ?? (await api.accounts.list({})).rows[0]!;
  const big = join(dir, 'big-archive');
  await writeArchiveFollowers(big, followers);
  return { core, api, path, big, accountId: account.id, removableId: removable.sourceId! };
}

/** Starts an import and resolves once its progress says it is under way (`phase` matching). */
function startImport(api: ReturnType<typeof createClient>, path: string, phase = /./) {
  const controller = new AbortController();
  let seen!: (progress: Progress) => void;
  const underway = new Promise<Progress>((resolve) => (seen = resolve));
  const run = api.import
    .run({ path }, { signal: controller.signal, onProgress: (p) => phase.test(p.phase) && seen(p) })
    .then(
      (summary) => ({ ok: true as const, summary }),
      (error: unknown) => ({ ok: false as const, error: error as AppError }),
    );
  return { controller, underway, run };
}

describe('edits made while an import runs', () => {
  it('are committed on their own: a cancelled import takes none of them with it', async () => {
    const { api, path, big, accountId, removableId } = await busyWorld();
    const before = await api.import.list();
    const { controller, underway, run } = startImport(api, big);
    await underway;

    // The UI stays usable: reads answer and edits are saved while the file is read.
    expect((await api.accounts.list({})).rows.length).toBeGreaterThan(0);
    await api.notes.save({ accountId, body: 'Typed while the import ran' });
    await api.prospects.add({ accountId });
    await api.import.remove({ sourceId: removableId });
    controller.abort();
    const outcome = await run;
    expect(outcome.ok ? 'finished' : outcome.error.code).toBe('CANCELLED');

    await api.workspace.close();
    await api.workspace.open({ path });
    expect((await api.notes.get({ accountId }))?.body).toBe('Typed while the import ran');
    expect((await api.prospects.list()).map((p) => p.accountId)).toContain(accountId);
    expect((await api.import.list()).map((s) => s.id)).toEqual(
      before.map((s) => s.id).filter((id) => id !== removableId),
    );
  }, 60_000);

  it('made while the import writes wait for it, workspace-free calls answer meanwhile', async () => {
    const { api, path, big, accountId } = await busyWorld();
    const { controller, underway, run } = startImport(api, big, /^Saving/);
    await underway;
    let importEnded = false;
    void run.then(() => (importEnded = true));

    const note = api.notes.save({ accountId, body: 'Typed while the import was saving' });
    await api.settings.get();
    await api.workspace.recent();
    expect(importEnded).toBe(false);
    controller.abort();
    expect((await run).ok ? 'finished' : 'cancelled').toBe('cancelled');
    await note;

    await api.workspace.close();
    await api.workspace.open({ path });
    expect((await api.notes.get({ accountId }))?.body).toBe('Typed while the import was saving');
  }, 60_000);

  it('a removal made while the import reads is kept when the import then lands', async () => {
    const { api, path, big, removableId } = await busyWorld(20_000);
    const { underway, run } = startImport(api, big);
    await underway;
    await api.import.remove({ sourceId: removableId });
    const outcome = await run;
    expect(outcome.ok).toBe(true);
    await api.workspace.close();
    await api.workspace.open({ path });
    expect((await api.import.list()).map((s) => s.fileName).sort()).toEqual(['big-archive', 'denchi-2020']);
  }, 60_000);
});
