import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createMemoryTransport } from '../host/memory-transport';
import { latestSchemaVersion } from '../db/migrations';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDir();

function start() {
  const dataDir = tempDir();
  const workspacesDir = tempDir();
  const core = createCore({ host: 'memory', dataDir, workspacesDir });
  return { core, api: createClient(createMemoryTransport(core)), workspacesDir, dataDir };
}

describe('the core over the in-memory transport', () => {
  it('creates a workspace, remembers it, and reopens it from the recent list', async () => {
    const { api, core, workspacesDir } = start();
    const changes: (string | null)[] = [];
    api.on('workspace.changed', ({ workspace }) => changes.push(workspace?.name ?? null));

    const created = await api.workspace.create({ path: join(workspacesDir, 'Acme pursuit.itrack') });
    expect(created).toMatchObject({ name: 'Acme pursuit', schemaVersion: latestSchemaVersion });
    expect(created.sizeBytes).toBeGreaterThan(0);
    expect(await api.prospects.list()).toEqual([]);
    expect((await api.workspace.stats()).prospects).toBe(0);

    await api.workspace.close();
    expect(await api.workspace.current()).toBeNull();
    const [recent] = await api.workspace.recent();
    expect(recent).toMatchObject({ name: 'Acme pursuit', path: created.path, exists: true });

    const reopened = await api.workspace.open({ path: recent!.path });
    expect(reopened.path).toBe(created.path);
    expect(changes).toEqual(['Acme pursuit', null, 'Acme pursuit']);
    core.close();
  });

  it('calls that need a workspace say so when none is open', async () => {
    const { api } = start();
    await expect(api.prospects.list()).rejects.toMatchObject({ code: 'NO_WORKSPACE' });
  });

  it('a failed open keeps the workspace that was open', async () => {
    const { api, workspacesDir } = start();
    const good = await api.workspace.create({ path: join(workspacesDir, 'good.itrack') });
    const bad = join(workspacesDir, 'bad.itrack');
    writeFileSync(bad, 'not a database');
    await expect(api.workspace.open({ path: bad })).rejects.toMatchObject({ code: 'WORKSPACE_NOT_SQLITE' });
    expect((await api.workspace.current())?.path).toBe(good.path);
    expect((await api.workspace.recent()).map((r) => r.name)).toEqual(['good']);
  });

  it('forgets a recent workspace without touching its file, and marks missing files', async () => {
    const { api, workspacesDir } = start();
    const a = await api.workspace.create({ path: join(workspacesDir, 'a.itrack') });
    const b = await api.workspace.create({ path: join(workspacesDir, 'b.itrack') });
    expect((await api.workspace.recent()).map((r) => r.name)).toEqual(['b', 'a']);
    const left = await api.workspace.forgetRecent({ path: b.path });
    expect(left.map((r) => r.name)).toEqual(['a']);
    expect(a.path).toBeTruthy();
  });

  it('keeps pane layout between launches', async () => {
    const dataDir = tempDir();
    const first = createClient(createMemoryTransport(createCore({ host: 'memory', dataDir })));
    const layout = {
      sidebarWidth: 300,
      notesWidth: 400,
      sidebarVisible: false,
      notesVisible: true,
      zoom: 1.1,
    };
    await first.settings.setLayout(layout);
    const second = createClient(createMemoryTransport(createCore({ host: 'memory', dataDir })));
    expect((await second.settings.get()).layout).toEqual(layout);
    await expect(second.settings.setLayout({ ...layout, sidebarWidth: 5 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('keeps the graph renderer choice between launches, canvas until chosen', async () => {
    const dataDir = tempDir();
    const first = createClient(createMemoryTransport(createCore({ host: 'memory', dataDir })));
    expect((await first.settings.get()).graph).toEqual({ webgl: false });
    await first.settings.setLayout({
      sidebarWidth: 300,
      notesWidth: 400,
      sidebarVisible: true,
      notesVisible: true,
      zoom: 1,
    });
    const saved = await first.settings.setGraph({ webgl: true });
    expect(saved).toMatchObject({ graph: { webgl: true }, layout: { sidebarWidth: 300 } });
    const second = createClient(createMemoryTransport(createCore({ host: 'memory', dataDir })));
    expect(await second.settings.get()).toMatchObject({
      graph: { webgl: true },
      layout: { sidebarWidth: 300 },
    });
    await expect(second.settings.setGraph({ webgl: 'yes' } as never)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('reports which host it is and where its files live', async () => {
    const { api, dataDir, workspacesDir } = start();
    const info = await api.app.info();
    expect(info).toMatchObject({ host: 'memory', dataDir, workspacesDir, name: 'Inside Track' });
    expect(info.sqliteVersion).toMatch(/^3\.\d+/);
  });

  it('native dialogs are unsupported outside the desktop app', async () => {
    const { api } = start();
    await expect(api.dialog.chooseExistingWorkspace()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
