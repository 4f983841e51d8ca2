import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../common/client';
import { CALL_CHANNEL } from '../../common/bridge';
import { createCore } from '../api/core';
import { createMemoryTransport } from '../host/memory-transport';
import { electronStandIn as electron, type StandInBrowserWindow } from './electron-stand-in';
import { workspaceFileArgument } from './single-instance';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

const root = mkdtempSync(join(tmpdir(), 'it-single-'));
// Outside the workspaces folder: only a grant lets the window name these files.
const elsewhere = join(root, 'Documents', 'Pursuits');
const launched = join(elsewhere, 'Launched.itrack');
const doubleClicked = join(elsewhere, 'Acme deal.itrack');
const fromFinder = join(elsewhere, 'Finder.itrack');
let window: StandInBrowserWindow;
let focused = 0;
let savedArgv: string[];

function call(method: string, args: unknown) {
  return electron.ipcMain.invoke(
    CALL_CHANNEL,
    { sender: window.webContents, frame: window.webContents.mainFrame },
    { method, args },
  ) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

async function currentPath(): Promise<string | undefined> {
  const current = await call('workspace.current', {});
  return (current.value as { path: string } | null)?.path;
}

/** Waits for the core to finish an open the shell started on an event (it does not return a promise). */
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await check()); i += 1) await new Promise((r) => setTimeout(r, 10));
}

beforeAll(async () => {
  mkdirSync(elsewhere, { recursive: true });
  const maker = createCore({ host: 'memory', dataDir: join(root, 'maker'), workspacesDir: root });
  const api = createClient(createMemoryTransport(maker));
  for (const file of [launched, doubleClicked, fromFinder]) await api.workspace.create({ path: file });
  maker.close();

  process.env.INSIDE_TRACK_WORKSPACES_DIR = join(root, 'workspaces');
  electron.app.paths.userData = join(root, 'data');
  electron.app.paths.documents = join(root, 'documents');
  electron.app.appPath = root;
  savedArgv = process.argv;
  // Linux and Windows: a double-clicked file arrives as the first launch's argument.
  process.argv = [...process.argv, '--some-switch', launched];
  const { startShell } = await import('./shell');
  const started = startShell({ rendererDir: join(root, 'renderer'), preloadPath: join(root, 'preload.cjs') });
  // macOS: Finder's open-file can come before the app is ready.
  electron.app.emit('open-file', { preventDefault() {} }, fromFinder);
  electron.ready();
  await started;
  window = electron.BrowserWindow.getAllWindows()[0]!;
  window.focus = () => void (focused += 1);
});

afterAll(() => {
  process.argv = savedArgv;
  electron.app.emit('before-quit');
  delete process.env.INSIDE_TRACK_WORKSPACES_DIR;
  rmSync(root, { recursive: true, force: true });
});

describe('one app, and workspace files opened by double-click', () => {
  it('asks for the single-instance lock', () => {
    expect(electron.app.singleInstanceLocks).toBe(1);
  });

  it('opens what the launch and Finder named, once the window is there', async () => {
    await until(async () => (await currentPath()) === fromFinder);
    // Finder's file came after the launch's own argument: the last one opened stays open.
    expect(await currentPath()).toBe(fromFinder);
  });

  it('a second launch hands its file to the running app, which opens it and comes to the front', async () => {
    electron.app.emit(
      'second-instance',
      {},
      ['/opt/Inside Track/inside-track', '--no-sandbox', doubleClicked],
      '/',
    );
    await until(async () => (await currentPath()) === doubleClicked);
    expect(await currentPath()).toBe(doubleClicked);
    expect(focused).toBeGreaterThan(0);
    // Granted as a dialog choice is: the window may name it again (reopen from its own list).
    await call('workspace.close', {});
    expect(await call('workspace.open', { path: doubleClicked })).toMatchObject({ ok: true });
  });

  it('a file that is not there: an error box naming it, nothing else opened', async () => {
    const before = await currentPath();
    const missing = join(elsewhere, 'Gone.itrack');
    electron.app.emit('second-instance', {}, ['inside-track', missing], '/');
    await until(async () => electron.dialog.errors.length > 0);
    expect(electron.dialog.errors.at(-1)!.content).toContain('Gone.itrack');
    expect(await currentPath()).toBe(before);
  });

  it('finds the workspace file among the arguments, relative to the launch folder', () => {
    expect(workspaceFileArgument(['app', '--flag', 'deals/Acme.ITRACK'], '/home/sam')).toBe(
      '/home/sam/deals/Acme.ITRACK',
    );
    expect(workspaceFileArgument(['app', '.', '--inspect'], '/home/sam')).toBeNull();
  });
});
