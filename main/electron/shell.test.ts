import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_CHANNEL, DROP_CHANNEL } from '../../common/bridge';
import { electronStandIn as electron, StandInFrame, type StandInBrowserWindow } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

const rendererDir = resolve('out/renderer');
const root = mkdtempSync(join(tmpdir(), 'it-shell-'));
const workspacesDir = join(root, 'workspaces');
const elsewhere = join(root, 'elsewhere');
const session = electron.session.defaultSession;
let window: StandInBrowserWindow;
let savedWorkspacesEnv: string | undefined;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** A call as the renderer's bridge makes it, from the app window's main frame unless told otherwise. */
function call(method: string, args: unknown, from?: { sender?: unknown; frame?: StandInFrame | null }) {
  return electron.ipcMain.invoke(
    CALL_CHANNEL,
    {
      sender: (from?.sender ?? window.webContents) as typeof window.webContents,
      frame: from && 'frame' in from ? (from.frame ?? null) : window.webContents.mainFrame,
    },
    { method, args },
  ) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

beforeAll(async () => {
  // npm test builds before the unit tests; on its own this test builds what it serves.
  if (!existsSync(join(rendererDir, 'index.html'))) {
    const built = spawnSync('node_modules/.bin/electron-vite', ['build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('electron-vite build failed');
  }
  mkdirSync(workspacesDir, { recursive: true });
  mkdirSync(elsewhere, { recursive: true });
  savedWorkspacesEnv = process.env.INSIDE_TRACK_WORKSPACES_DIR;
  process.env.INSIDE_TRACK_WORKSPACES_DIR = workspacesDir;
  electron.app.paths.userData = join(root, 'data');
  electron.app.paths.documents = join(root, 'documents');
  electron.app.appPath = root;

  const { startShell } = await import('./shell');
  const started = startShell({ rendererDir, preloadPath: join(root, 'preload.cjs') });
  electron.ready();
  await started;
  window = electron.BrowserWindow.getAllWindows()[0]!;
});

afterAll(() => {
  electron.app.emit('before-quit');
  if (savedWorkspacesEnv === undefined) delete process.env.INSIDE_TRACK_WORKSPACES_DIR;
  else process.env.INSIDE_TRACK_WORKSPACES_DIR = savedWorkspacesEnv;
  rmSync(root, { recursive: true, force: true });
});

describe('the Electron shell', () => {
  it('registers its scheme as privileged before the app is ready', () => {
    expect(electron.protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
  });

  it('loads the app from the app protocol in a sandboxed window without spell-check', () => {
    expect(window.loadedUrl).toBe('app://inside-track/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      preload: join(root, 'preload.cjs'),
    });
  });

  it('serves and lets through every file of the built renderer (all assets and lazy chunks)', async () => {
    const files = filesUnder(rendererDir);
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(2);
    for (const file of files) {
      const url = new URL(file, window.loadedUrl!).href;
      expect(session.requestAllowed(url), url).toBe(true);
      const response = await electron.protocol.fetch(url);
      expect(response.status, url).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(rendererDir, file)))).toBe(
        true,
      );
      if (file.endsWith('.js')) expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      if (file.endsWith('.css')) expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    }
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const response = await electron.protocol.fetch('app://inside-track/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses anything outside the built renderer folder', async () => {
    writeFileSync(join(root, 'secret.txt'), 'secret');
    const attempts = [
      'app://inside-track/../secret.txt',
      'app://inside-track/%2e%2e/%2e%2e/package.json',
      'app://inside-track/assets/%2E%2E/%2E%2E/package.json',
      'app://inside-track/assets/..%5c..%5cpackage.json',
      'app://inside-track/assets%5c..%5c..%5c..%5cpackage.json',
      'app://inside-track/%00index.html',
      'app://inside-track/%E0%A4%A',
      'app://inside-track/assets/',
      'app://inside-track/no-such-file.js',
      'app://another-host/index.html',
    ];
    for (const url of attempts) {
      const response = await electron.protocol.fetch(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('secret');
    }
    const post = await electron.protocol.fetch('app://inside-track/index.html', {
      method: 'POST',
      body: 'x',
    });
    expect(post.status).toBe(405);
  });

  it('cancels every foreign request and download', () => {
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'http://127.0.0.1:8123/',
      'file:///etc/passwd',
      `file://${join(rendererDir, 'index.html')}`,
      'ws://127.0.0.1:1/',
      'ftp://example.com/',
      'chrome-extension://abc/x.js',
      'app://another-host/index.html',
    ]) {
      expect(session.requestAllowed(url), url).toBe(false);
    }
    expect(session.requestAllowed('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(session.downloadAllowed('https://example.com/x.zip')).toBe(false);
    // Saving an audience CSV is a download of a blob the page made.
    expect(session.downloadAllowed('blob:app://inside-track/6f1c2f1e-0000-4000-8000-000000000000')).toBe(
      true,
    );
  });

  it('requests no spell-check dictionary and configures no remote address anywhere', () => {
    expect(session.spellCheckerEnabled).toBe(false);
    for (const w of electron.BrowserWindow.all) expect(w.options.webPreferences?.spellcheck).toBe(false);
    const configured = [session.dictionaryDownloadUrl, ...electron.BrowserWindow.all.map((w) => w.loadedUrl)];
    for (const url of configured.filter((u) => u !== null)) expect(url).not.toMatch(/^(https?|ftp|wss?):/i);
  });

  it('prevents navigation away, new windows, webviews and permission requests', () => {
    const contents = window.webContents;
    expect(contents.navigate('https://example.com/')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(contents.navigate('https://example.com/', 'will-redirect')).toBe(true);
    expect(contents.navigate('app://inside-track/index.html')).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://inside-track/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.attachWebview()).toBe(true);
    expect(session.permissionGranted('media')).toBe(false);
    expect(session.permissionGranted('notifications')).toBe(false);
    expect((session.permissionCheck as unknown as () => boolean)()).toBe(false);
  });

  it('answers calls from the app page, and refuses other frames, origins and windows', async () => {
    expect(await call('app.info', {})).toMatchObject({ ok: true, value: { host: 'electron' } });

    const subframe = new StandInFrame('app://inside-track/index.html', window.webContents.mainFrame);
    const foreign = new StandInFrame('https://example.com/', null);
    const other = new electron.BrowserWindow({ webPreferences: {} });
    await other.loadURL('app://inside-track/index.html');
    for (const from of [
      { frame: subframe },
      { frame: foreign },
      { frame: null },
      { sender: other.webContents, frame: other.webContents.mainFrame },
    ]) {
      const answer = await call('app.info', {}, from);
      expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    other.close();
  });

  it('refuses a workspace path that came from no dialog or drop, naming it', async () => {
    const path = join(elsewhere, 'Acme.itrack');
    const answer = await call('workspace.create', { path });
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(answer.error?.message).toContain('Acme.itrack');
    expect(existsSync(path)).toBe(false);
    expect(await call('import.detect', { paths: [join(root, 'secret.txt')] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(await call('brief.export', { accountId: 1, outPath: join(elsewhere, 'x.pdf') })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
  });

  it('accepts a path the user chose in a native dialog, and paths inside the workspaces folder', async () => {
    const chosen = join(elsewhere, 'Chosen.itrack');
    electron.dialog.answers.push({ canceled: false, filePath: chosen });
    expect(await call('dialog.chooseNewWorkspace', { suggestedName: 'Chosen' })).toEqual({
      ok: true,
      value: chosen,
    });
    expect(await call('workspace.create', { path: chosen })).toMatchObject({ ok: true });
    expect(await call('workspace.close', {})).toMatchObject({ ok: true });
    expect(await call('workspace.open', { path: chosen })).toMatchObject({ ok: true });
    expect(await call('workspace.close', {})).toMatchObject({ ok: true });

    expect(await call('workspace.create', { path: join(workspacesDir, 'Inside.itrack') })).toMatchObject({
      ok: true,
    });
    expect(await call('workspace.close', {})).toMatchObject({ ok: true });
  });

  it('accepts what was dropped on the window (files and what is inside dropped folders)', async () => {
    const folder = join(elsewhere, 'dropped');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'Connections.csv'), 'First Name,Last Name\n');
    const inside = join(folder, 'Connections.csv');
    expect(await call('workspace.create', { path: join(workspacesDir, 'Drops.itrack') })).toMatchObject({
      ok: true,
    });
    const refused = { ok: false, error: { code: 'BAD_REQUEST' } };
    expect(await call('import.detect', { paths: [inside] })).toMatchObject(refused);

    const drop = (path: unknown, frame: StandInFrame = window.webContents.mainFrame) =>
      electron.ipcMain.invoke(DROP_CHANNEL, { sender: window.webContents, frame }, path);
    // A subframe cannot register a drop.
    await drop(folder, new StandInFrame('app://inside-track/index.html', window.webContents.mainFrame));
    expect(await call('import.detect', { paths: [inside] })).toMatchObject(refused);

    await drop(folder);
    expect(await call('import.detect', { paths: [inside] })).toMatchObject({ ok: true });
    expect(await call('import.detect', { paths: [join(root, 'secret.txt')] })).toMatchObject(refused);
    expect(await call('workspace.close', {})).toMatchObject({ ok: true });
  });

  it('hands better-sqlite3 the Electron build in .electron-native when there is one', async () => {
    const { electronNativeBinding } = await import('./shell');
    const appPath = join(root, 'app');
    expect(electronNativeBinding(appPath)).toBeNull();
    mkdirSync(join(appPath, '.electron-native'), { recursive: true });
    writeFileSync(join(appPath, '.electron-native', 'better_sqlite3.node'), '');
    expect(electronNativeBinding(appPath)).toBe(join(appPath, '.electron-native', 'better_sqlite3.node'));
  });

  it('sets the application menu', () => {
    expect(electron.Menu.applied.length).toBeGreaterThan(0);
  });
});
