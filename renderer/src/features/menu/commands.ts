import type { MenuCommand } from '../../../../common/dto';
import { isDesktop } from '../../api';
import type { Shortcut } from '../../components/keyboard/shortcut';

/** Everything a menu can ask of the app: the native menu's commands plus browser-mode zoom. */
export type AppCommand = MenuCommand | 'view.zoomIn' | 'view.zoomOut' | 'view.actualSize';

/** As in VS Code; Ctrl+K as in most web apps. Chromium lets a page take all three. */
const paletteShortcuts: Partial<Record<AppCommand, readonly Shortcut[]>> = {
  'palette.commands': [
    { code: 'KeyP', mod: true, shift: true },
    { code: 'KeyK', mod: true },
  ],
  'palette.goTo': [{ code: 'KeyP', mod: true }],
};

/**
 * Browser mode gets only shortcuts a page may take: Chromium keeps Ctrl+N, Ctrl+W, Ctrl+T and
 * Ctrl+Shift+N for itself, so New Workspace is Ctrl+Alt+N and Close Workspace has none. Ctrl+Alt+B
 * for the second side pane follows VS Code.
 */
const browserShortcuts: Partial<Record<AppCommand, readonly Shortcut[]>> = {
  'workspace.new': [{ code: 'KeyN', mod: true, alt: true }],
  'workspace.open': [{ code: 'KeyO', mod: true }],
  'import.open': [{ code: 'KeyI', mod: true }],
  'brief.export': [{ code: 'KeyE', mod: true, shift: true }],
  'view.toggleSidebar': [{ code: 'KeyB', mod: true }],
  'view.toggleNotes': [{ code: 'KeyB', mod: true, alt: true }],
  'view.zoomIn': [
    { code: 'Equal', mod: true },
    { code: 'Equal', mod: true, shift: true },
    { code: 'NumpadAdd', mod: true },
  ],
  'view.zoomOut': [
    { code: 'Minus', mod: true },
    { code: 'NumpadSubtract', mod: true },
  ],
  'view.actualSize': [
    { code: 'Digit0', mod: true },
    { code: 'Numpad0', mod: true },
  ],
  ...paletteShortcuts,
};

/** The accelerators main/electron/menu.ts gives the native menu, for tooltips in the window. */
const desktopShortcuts: Partial<Record<AppCommand, readonly Shortcut[]>> = {
  'workspace.new': [{ code: 'KeyN', mod: true }],
  'workspace.open': [{ code: 'KeyO', mod: true }],
  'workspace.close': [{ code: 'KeyW', mod: true }],
  'import.open': [{ code: 'KeyI', mod: true }],
  'brief.export': [{ code: 'KeyE', mod: true, shift: true }],
  'view.toggleSidebar': [{ code: 'KeyB', mod: true }],
  'view.toggleNotes': [{ code: 'KeyN', mod: true, shift: true }],
  ...paletteShortcuts,
};

/** The first shortcut of each command is the one menus and tooltips show. */
export const commandShortcuts = isDesktop ? desktopShortcuts : browserShortcuts;

export type EditCommand = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll';

/** The browser performs these itself; the menu only shows them. */
export const editShortcuts: Record<EditCommand, Shortcut> = {
  undo: { code: 'KeyZ', mod: true },
  redo: { code: 'KeyZ', mod: true, shift: true },
  cut: { code: 'KeyX', mod: true },
  copy: { code: 'KeyC', mod: true },
  paste: { code: 'KeyV', mod: true },
  selectAll: { code: 'KeyA', mod: true },
};
