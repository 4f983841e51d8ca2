import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchiveFollowers } from '../../bench/files';
import { createClient } from '../../common/client';
import type { AppError } from '../../common/errors';
import { createWorkspaceFile } from '../db/workspace-file';
import { createMemoryTransport } from '../host/memory-transport';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from '../api/core';

const tempDir = useTempDir();

async function world(name = 'storage.itrack') {
  const dir = tempDir();
  const core = createCore({ host: 'memory', dataDir: dir, workspacesDir: dir });
  const api = createClient(createMemoryTransport(core));
  const path = join(dir, name);
  await api.workspace.create({ path });
  await api.import.run({ path: samplePath('x-archive', 'denchi-2020') });
  const accountId = (await api.accounts.list({ limit: 1 })).rows[0]!.id;
  return { core, api, dir, path, accountId };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

describe('a workspace file deleted or replaced while open', () => {
  it('deleted: the next note or import says so and nothing is taken in; reads still answer', async () => {
    const { api, path, accountId } = await world('deleted.itrack');
    rmSync(path);
    const note = await failure(api.notes.save({ accountId, body: 'lost?' }));
    expect(note?.code).toBe('WORKSPACE_MISSING');
    expect(note?.message).toMatch(
      /“deleted\.itrack” was moved, deleted or replaced while it was open; nothing was saved/,
    );
    const imported = await failure(api.import.run({ path: samplePath('x-archive', 'honestmvp-2020') }));
    expect(imported?.code).toBe('WORKSPACE_MISSING');
    // Reads still answer from the file SQLite holds open.
    expect((await api.accounts.list({ limit: 1 })).rows).toHaveLength(1);
  });

  it('replaced by another file: edits are refused rather than written to the old one', async () => {
    const { api, dir, path, accountId } = await world('replaced.itrack');
    const other = join(dir, 'other.itrack');
    createWorkspaceFile(other, 'test').close();
    renameSync(other, path);
    expect((await failure(api.prospects.add({ accountId })))?.code).toBe('WORKSPACE_MISSING');
    expect((await failure(api.notes.save({ accountId, body: 'x' })))?.code).toBe('WORKSPACE_MISSING');
  });

  it('deleted while an import reads its file: the import stops before writing anything', async () => {
    const { api, dir, path } = await world('mid-import.itrack');
    const big = join(dir, 'big');
    await writeArchiveFollowers(big, 20_000);
    let deleted = false;
    const run = failure(
      api.import.run(
        { path: big },
        {
          onProgress: () => {
            if (!deleted) rmSync(path);
            deleted = true;
          },
        },
      ),
    );
    expect((await run)?.code).toBe('WORKSPACE_MISSING');
  });
});

describe('a full disk and a read-only workspace', () => {
  it('a full disk is reported as such, not as a problem with the imported file', async () => {
    const { core, api, dir, accountId } = await world();
    const db = core.session.require().db;
    // SQLite's own size cap gives the very error a full disk gives (SQLITE_FULL).
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true })) + 8}`);
    const big = join(dir, 'big');
    await writeArchiveFollowers(big, 5_000);
    const imported = await failure(api.import.run({ path: big }));
    expect(imported?.code).toBe('DISK_FULL');
    expect(imported?.message).toMatch(/^The disk is full: nothing was imported/);
    const note = await failure(api.notes.save({ accountId, body: 'x'.repeat(1_000_000) }));
    expect(note?.code).toBe('DISK_FULL');
    expect((await api.import.list()).map((s) => s.fileName)).toEqual(['denchi-2020']);
  });

  it('a workspace that cannot be written is reported as read-only', async () => {
    const { core, api, accountId } = await world();
    // Tests run as root, whom file permissions do not stop: query_only makes SQLite answer every
    // write with SQLITE_READONLY, as it does for a file opened read-only.
    core.session.require().db.pragma('query_only = ON');
    const imported = await failure(api.import.run({ path: samplePath('x-archive', 'honestmvp-2020') }));
    expect(imported?.code).toBe('WORKSPACE_READ_ONLY');
    expect((await failure(api.notes.save({ accountId, body: 'x' })))?.code).toBe('WORKSPACE_READ_ONLY');
  });
});
