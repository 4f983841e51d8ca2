import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { SettingsStore, WindowBounds } from '../prefs/settings';

function visibleOnSomeDisplay(bounds: WindowBounds): boolean {
  if (bounds.x === undefined || bounds.y === undefined) return false;
  const { x, y } = bounds;
  return screen
    .getAllDisplays()
    .some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height);
}

/** The app window, sandboxed, at the size and place the user left it. */
export function createMainWindow(settings: SettingsStore, preload: string): BrowserWindow {
  const saved = settings.windowBounds();
  const position = saved && visibleOnSomeDisplay(saved) ? { x: saved.x, y: saved.y } : {};
  const window = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 820,
    ...position,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Inside Track',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#f6f7f9',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Chromium's spell-checker downloads dictionaries from Google on Windows and Linux.
      spellcheck: false,
      // A middle-click on a link asks for a new window; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = () => {
    const maximized = window.isMaximized();
    const bounds = maximized ? window.getNormalBounds() : window.getBounds();
    settings.setWindowBounds({ ...bounds, maximized });
  };
  window.on('close', remember);
  return window;
}
