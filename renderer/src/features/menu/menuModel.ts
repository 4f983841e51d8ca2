import type { Shortcut } from '../../components/keyboard/shortcut';

export interface MenuAction {
  kind: 'action';
  label: string;
  /** Shown: the first. Handled: all of them, unless the browser performs the command itself. */
  shortcuts?: readonly Shortcut[];
  browserHandlesShortcut?: boolean;
  enabled?: boolean;
  /** Present for items that toggle something: shown as a check mark. */
  checked?: boolean;
  /** A second, quieter line, such as the path of a recent workspace. */
  detail?: string;
  /** false for the one item the command palette does not list: the palette itself. */
  palette?: false;
  run: () => void;
}

export interface MenuSubmenu {
  kind: 'submenu';
  label: string;
  enabled?: boolean;
  items: MenuEntry[];
}

export interface MenuSeparator {
  kind: 'separator';
}

export type MenuEntry = MenuAction | MenuSubmenu | MenuSeparator;

export interface TopMenu {
  label: string;
  items: MenuEntry[];
}

export function isEnabled(entry: MenuEntry): entry is MenuAction | MenuSubmenu {
  return entry.kind !== 'separator' && entry.enabled !== false;
}

/** Every action in the menus, submenus included, for the keyboard shortcut handler. */
export function allActions(menus: readonly TopMenu[]): MenuAction[] {
  const walk = (items: readonly MenuEntry[]): MenuAction[] =>
    items.flatMap((item) =>
      item.kind === 'action' ? [item] : item.kind === 'submenu' ? walk(item.items) : [],
    );
  return menus.flatMap((menu) => walk(menu.items));
}

/** The next enabled item from `from` in `step` direction, wrapping; null when none is. */
export function nextEnabled(items: readonly MenuEntry[], from: number | null, step: 1 | -1): number | null {
  const count = items.length;
  if (count === 0) return null;
  let index = from ?? (step === 1 ? -1 : count);
  for (let tries = 0; tries < count; tries += 1) {
    index = (index + step + count) % count;
    const item = items[index];
    if (item && isEnabled(item)) return index;
  }
  return null;
}
