import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, type IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../common/bridge';
import type { CallRequest, Envelope } from '../../common/transport';
import { createCore } from '../api/core';
import { useNativeBinding } from '../db/sqlite';
import { defaultWorkspacesDir } from '../prefs/app-paths';
import { RecentWorkspaces } from '../prefs/recent-workspaces';
import { electronDialogs } from './dialogs';
import { hardenSessions } from './hardening';
import { buildMenu } from './menu';
import { createMainWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const isAppUrl = (url: string) => url.split(/[?#]/)[0] === rendererUrl;

// better-sqlite3 built against Electron's ABI by scripts/electron-native.mjs (npm start does it).
const electronBinding = join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
if (existsSync(electronBinding)) useNativeBinding(electronBinding);

if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;
const dataDir = app.getPath('userData');
const workspacesDir = defaultWorkspacesDir();
const core = createCore({
  host: 'electron',
  dataDir,
  workspacesDir,
  dialogs: electronDialogs(() => mainWindow, workspacesDir),
  log: (message) => console.error(message),
});
const recent = new RecentWorkspaces(dataDir);
const refreshMenu = () => Menu.setApplicationMenu(buildMenu(core, recent.list()));

ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, request: CallRequest): Promise<Envelope> => {
  // Only our own page in our own window may call the core.
  const frameUrl = event.senderFrame?.url ?? '';
  if (event.sender !== mainWindow?.webContents || !isAppUrl(frameUrl)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'Calls are accepted only from the app window.' },
    });
  }
  return core.dispatcher.dispatch(request);
});

core.events.subscribe((event, payload) => {
  mainWindow?.webContents.send(EVENT_CHANNEL, { event, payload });
  if (event === 'workspace.changed') refreshMenu();
});

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => core.close());

void app.whenReady().then(() => {
  hardenSessions(isAppUrl);
  refreshMenu();
  const open = () => {
    mainWindow = createMainWindow(core.settings, join(here, '../preload/index.cjs'));
    mainWindow.on('closed', () => {
      mainWindow = null;
      core.session.close();
    });
    void mainWindow.loadFile(rendererIndex);
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
});
