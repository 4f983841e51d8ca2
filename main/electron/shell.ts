import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  type IpcMainInvokeEvent,
} from 'electron';
import { CALL_CHANNEL, DROP_CHANNEL, EVENT_CHANNEL } from '../../common/bridge';
import type { CallRequest, Envelope } from '../../common/transport';
import { createCore } from '../api/core';
import { useNativeBinding } from '../workspace/workspace-file';
import { defaultWorkspacesDir } from '../prefs/app-paths';
import { RecentWorkspaces } from '../prefs/recent-workspaces';
import { APP_SCHEME, APP_START_URL, appScheme, serveRenderer } from './app-protocol';
import { electronDialogs } from './dialogs';
import { guardWebContents, hardenSession } from './hardening';
import { fromAppWindow } from './ipc-sender';
import { buildMenu } from './menu';
import { PathGrants } from './path-grants';
import { KeychainPassphrases } from './remembered-passphrases';
import { openWorkspaceFile, routeWorkspaceFiles } from './single-instance';
import { createMainWindow } from './window';

export interface ShellOptions {
  /** The built renderer (out/renderer), served on the app protocol. */
  rendererDir: string;
  /** The built preload (out/preload/index.cjs). */
  preloadPath: string;
}

const notFromApp: Envelope = {
  ok: false,
  error: { code: 'BAD_REQUEST', message: 'Calls are accepted only from the app window.' },
};

/** better-sqlite3 built against Electron's ABI by scripts/electron-native.mjs (npm start does it). */
export function electronNativeBinding(appPath: string): string | null {
  const binding = join(appPath, '.electron-native', 'better_sqlite3.node');
  return existsSync(binding) ? binding : null;
}

/** The Electron main process: one window on the app protocol, relaying calls to the core. */
export async function startShell({ rendererDir, preloadPath }: ShellOptions): Promise<void> {
  // Must happen before the app is ready.
  protocol.registerSchemesAsPrivileged([appScheme]);
  const binding = electronNativeBinding(app.getAppPath());
  if (binding) useNativeBinding(binding);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  guardWebContents();

  let mainWindow: BrowserWindow | null = null;
  const dataDir = app.getPath('userData');
  const workspacesDir = defaultWorkspacesDir();
  const recent = new RecentWorkspaces(dataDir);
  const grants = new PathGrants(workspacesDir, () => recent.list().map((entry) => entry.path));
  const core = createCore({
    host: 'electron',
    dataDir,
    workspacesDir,
    dialogs: electronDialogs(
      () => mainWindow,
      workspacesDir,
      (path) => grants.grant(path),
    ),
    log: (message) => console.error(message),
    passphrases: new KeychainPassphrases(join(dataDir, 'remembered-passphrases.json')),
  });
  const refreshMenu = () => Menu.setApplicationMenu(buildMenu(core, recent.list()));

  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, request: CallRequest): Promise<Envelope> => {
    if (!fromAppWindow(event, mainWindow)) return Promise.resolve(notFromApp);
    const refusal = grants.refusal(request);
    if (refusal) return Promise.resolve({ ok: false, error: refusal.toData() });
    return core.dispatcher.dispatch(request);
  });
  // Preload reports the path of each file dropped on the window, read from the File itself.
  ipcMain.handle(DROP_CHANNEL, (event: IpcMainInvokeEvent, path: unknown) => {
    if (fromAppWindow(event, mainWindow) && typeof path === 'string' && path.trim() !== '') {
      grants.grant(path.trim());
    }
  });

  core.events.subscribe((event, payload) => {
    mainWindow?.webContents.send(EVENT_CHANNEL, { event, payload });
    if (event === 'workspace.changed') refreshMenu();
  });

  // A double-clicked .itrack: this launch's argument, macOS's open-file, or a second launch's.
  const workspaceFiles = routeWorkspaceFiles(
    app,
    (path) =>
      void openWorkspaceFile(path, grants, (request) => core.dispatcher.dispatch(request)).then((result) => {
        if (!result.ok) dialog.showErrorBox('Cannot open workspace', result.error.message);
      }),
    () => {
      if (mainWindow?.isMinimized()) mainWindow.restore();
      mainWindow?.focus();
    },
  );
  workspaceFiles.launchedWith(process.argv, process.cwd());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => core.close());

  await app.whenReady();
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, serveRenderer(rendererDir));
  refreshMenu();
  const open = () => {
    const window = createMainWindow(core.settings, preloadPath);
    mainWindow = window;
    window.on('closed', () => {
      mainWindow = null;
      core.session.close();
    });
    void window.loadURL(APP_START_URL);
  };
  open();
  workspaceFiles.ready();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
}
