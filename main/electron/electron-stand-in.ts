/**
 * A stand-in for the `electron` module, for tests under plain Node (the Electron binary cannot run
 * there). It records what the shell registers (windows, schemes, protocol handlers, IPC handlers,
 * session hooks, app events, menus) and lets a test drive them. Used with
 * `vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn)`.
 */
import { pathToFileURL } from 'node:url';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? [])
      (listener as (...a: unknown[]) => unknown)(...args);
  }
}

/** An event object whose preventDefault a test can read back. */
export interface RecordedEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export function recordedEvent(): RecordedEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class StandInFrame {
  constructor(
    public url: string,
    readonly parent: StandInFrame | null,
  ) {}
}

export class StandInWebContents extends Emitter {
  readonly mainFrame = new StandInFrame('', null);
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** What happens when the page tries to go to `url`: true when the shell prevented it. */
  navigate(url: string, kind: 'will-navigate' | 'will-redirect' | 'will-frame-navigate' = 'will-navigate') {
    const event = recordedEvent();
    this.emit(kind, event, url);
    return event.defaultPrevented;
  }
  attachWebview(): boolean {
    const event = recordedEvent();
    this.emit('will-attach-webview', event, {}, {});
    return event.defaultPrevented;
  }
}

export class StandInBrowserWindow extends Emitter {
  static readonly all: StandInBrowserWindow[] = [];
  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.all.filter((w) => !w.closed);
  }
  readonly webContents = new StandInWebContents();
  loadedUrl: string | null = null;
  closed = false;
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    StandInBrowserWindow.all.push(this);
    app.emit('web-contents-created', recordedEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    return this.loadURL(pathToFileURL(path).href);
  }
  close(): void {
    this.emit('close', recordedEvent());
    this.closed = true;
    this.emit('closed');
  }
  isMinimized = () => false;
  isMaximized = () => false;
  restore = () => {};
  focus = () => {};
  show = () => {};
  maximize = () => {};
  getBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
  getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
}

type RequestListener = (
  details: { url: string; resourceType?: string },
  callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
) => void;

class StandInSession extends Emitter {
  beforeRequest: RequestListener | null = null;
  permissionRequest: ((...args: never[]) => void) | null = null;
  permissionCheck: ((...args: never[]) => boolean) | null = null;
  spellCheckerEnabled = true;
  dictionaryDownloadUrl: string | null = null;
  readonly webRequest = {
    onBeforeRequest: (...args: unknown[]) => {
      this.beforeRequest = args.at(-1) as RequestListener;
    },
  };
  setPermissionRequestHandler(handler: (...args: never[]) => void): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: never[]) => boolean): void {
    this.permissionCheck = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }
  /** Whether a request for `url` goes through (true) or is cancelled (false). */
  requestAllowed(url: string): boolean {
    if (!this.beforeRequest) return true;
    let cancelled = false;
    this.beforeRequest({ url }, (response) => {
      cancelled = response.cancel === true || response.redirectURL !== undefined;
    });
    return !cancelled;
  }
  /** Whether a permission request from a page is granted. */
  permissionGranted(permission: string): boolean {
    let granted = true;
    (this.permissionRequest as ((...a: unknown[]) => void) | null)?.(null, permission, (answer: boolean) => {
      granted = answer;
    });
    return granted;
  }
  /** Whether a download of `url` goes ahead. */
  downloadAllowed(url: string): boolean {
    const event = recordedEvent();
    this.emit('will-download', event, { getURL: () => url }, null);
    return !event.defaultPrevented;
  }
}

let ready = false;
const app = Object.assign(new Emitter(), {
  paths: {} as Record<string, string>,
  appPath: '',
  isPackaged: false,
  quitCalls: 0,
  getPath(name: string): string {
    const path = app.paths[name];
    if (!path) throw new Error(`stand-in: no path set for ${name}`);
    return path;
  },
  getAppPath: () => app.appPath,
  /** How often the shell asked to be the only instance (the stand-in always grants it). */
  singleInstanceLocks: 0,
  requestSingleInstanceLock(): boolean {
    app.singleInstanceLocks += 1;
    return true;
  },
  quit() {
    app.quitCalls += 1;
  },
  isReady: () => ready,
  whenReady(): Promise<void> {
    return readyPromise;
  },
});
let markReady: () => void = () => {};
const readyPromise = new Promise<void>((resolve) => {
  markReady = () => {
    ready = true;
    resolve();
    app.emit('ready');
  };
});

const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
    if (ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    if (!ready) throw new Error('protocol.handle must be called once the app is ready');
    protocol.handlers.set(scheme, handler);
  },
  /** What the renderer would get for `url` (the scheme's handler, as Chromium would call it). */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const handler = protocol.handlers.get(new URL(url).protocol.replace(/:$/, ''));
    if (!handler) throw new Error(`stand-in: no handler for ${url}`);
    return handler(new Request(url, init));
  },
};

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
const ipcMain = {
  handlers: new Map<string, IpcHandler>(),
  handle(channel: string, handler: IpcHandler) {
    ipcMain.handlers.set(channel, handler);
  },
  on(channel: string, handler: IpcHandler) {
    ipcMain.handlers.set(channel, handler);
  },
  /** Calls a handler as a renderer would, from `frame` of `sender`. */
  async invoke(
    channel: string,
    from: { sender: StandInWebContents; frame: StandInFrame | null },
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`stand-in: nothing handles ${channel}`);
    return handler({ sender: from.sender, senderFrame: from.frame }, ...args);
  },
};

type DialogAnswer = { canceled: boolean; filePaths?: string[]; filePath?: string };
const dialog = {
  /** Answers the next dialogs give, in order. */
  answers: [] as DialogAnswer[],
  shown: [] as { kind: 'open' | 'save'; options: unknown }[],
  errors: [] as { title: string; content: string }[],
  next(kind: 'open' | 'save', args: unknown[]): Promise<DialogAnswer> {
    dialog.shown.push({ kind, options: args.at(-1) });
    return Promise.resolve(dialog.answers.shift() ?? { canceled: true, filePaths: [] });
  },
  showOpenDialog: (...args: unknown[]) => dialog.next('open', args),
  showSaveDialog: (...args: unknown[]) => dialog.next('save', args),
  showErrorBox(title: string, content: string) {
    dialog.errors.push({ title, content });
  },
};

const Menu = {
  applied: [] as unknown[],
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown) {
    Menu.applied.push(menu);
  },
};

const defaultSession = new StandInSession();

/** Preload's side: what it exposes to the page and what it sends to the main process. */
const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    contextBridge.exposed.set(key, api);
  },
};
const ipcRenderer = {
  invoked: [] as { channel: string; args: unknown[] }[],
  /** Answers the main process gives, per channel (a promise a test may hold back). */
  answer: (_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve(null),
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    ipcRenderer.invoked.push({ channel, args });
    return ipcRenderer.answer(channel, ...args);
  },
  on: (_channel: string, _listener: unknown) => ipcRenderer,
};
/** Files "dropped" by a test carry a path; a File the page makes has none, as in Electron. */
const droppedFiles = new WeakMap<object, string>();
const webUtils = {
  getPathForFile: (file: object) => droppedFiles.get(file) ?? '',
  dropped(path: string): File {
    const file = new File(['x'], path.split(/[\\/]/).at(-1) ?? 'file');
    droppedFiles.set(file, path);
    return file;
  },
};

/** The keychain: a reversible stand-in cipher, and every call recorded for tests to read. */
export const safeStorage = {
  calls: [] as string[],
  backend: 'gnome_libsecret',
  isEncryptionAvailable(): boolean {
    this.calls.push('isEncryptionAvailable');
    return true;
  },
  getSelectedStorageBackend(): string {
    this.calls.push('getSelectedStorageBackend');
    return this.backend;
  },
  encryptString(text: string): Buffer {
    this.calls.push('encryptString');
    return Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`);
  },
  decryptString(sealed: Buffer): string {
    this.calls.push('decryptString');
    return Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString();
  },
};

export const electronStandIn = {
  app,
  BrowserWindow: StandInBrowserWindow,
  protocol,
  ipcMain,
  dialog,
  Menu,
  session: { defaultSession },
  nativeTheme: { shouldUseDarkColors: false },
  contextBridge,
  ipcRenderer,
  webUtils,
  safeStorage,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  /** Test helper: Electron says it is ready. */
  ready: () => markReady(),
};

export type ElectronStandIn = typeof electronStandIn;
