import { shortcutLabel } from '../../components/keyboard/shortcut';
import type { MenuEntry, TopMenu } from '../menu/menuModel';

/** One line of the command palette: a menu item, named by its menu. */
export interface PaletteEntry {
  /** Unique, for the list's keyboard selection. */
  value: string;
  group: string;
  label: string;
  /** The shortcut the menu shows, as the user's platform writes it. */
  shortcut: string | null;
  /** More words the filter matches: a recent workspace's path. */
  keywords: string[];
  enabled: boolean;
  run: () => void;
}

/**
 * The palette lists what the menus hold, so both always offer the same commands with the same
 * shortcuts. Edit commands the browser performs on the focused field are left out: run from a
 * palette, which has taken focus, they would act on the palette.
 */
export function paletteEntries(menus: readonly TopMenu[], mac: boolean): PaletteEntry[] {
  const entries: PaletteEntry[] = [];
  const walk = (group: string, prefix: string, items: readonly MenuEntry[]) => {
    for (const item of items) {
      if (item.kind === 'separator') continue;
      if (item.kind === 'submenu') {
        walk(group, `${prefix}${item.label} › `, item.items);
        continue;
      }
      if (item.browserHandlesShortcut || item.palette === false) continue;
      const label = `${prefix}${item.label}`;
      const shortcut = item.shortcuts?.[0];
      entries.push({
        value: `${group} › ${label}`,
        group,
        label,
        shortcut: shortcut ? shortcutLabel(shortcut, mac) : null,
        keywords: item.detail ? [item.detail] : [],
        enabled: item.enabled !== false,
        run: item.run,
      });
    }
  };
  for (const menu of menus) walk(menu.label, '', menu.items);
  return entries;
}
