import { Command } from 'cmdk';
import { useMemo } from 'react';
import { Dialog } from '../../components/Dialog';
import { isMac } from '../../components/keyboard/platform';
import type { TopMenu } from '../menu/menuModel';
import { paletteEntries, type PaletteEntry } from './paletteEntries';
import './palette.css';

/** Every command of the menus, found by typing a few letters of it (Ctrl+K or Ctrl+Shift+P). */
export function CommandPalette({ menus, onClose }: { menus: readonly TopMenu[]; onClose: () => void }) {
  const groups = useMemo(() => {
    const byMenu = new Map<string, PaletteEntry[]>();
    for (const entry of paletteEntries(menus, isMac)) {
      byMenu.set(entry.group, [...(byMenu.get(entry.group) ?? []), entry]);
    }
    return [...byMenu];
  }, [menus]);

  return (
    <Dialog
      title="Command palette"
      hideTitle
      onClose={onClose}
      className="palette-dialog"
      testId="command-palette"
    >
      <Command label="Commands" loop>
        <Command.Input className="palette-input" placeholder="Type a command" data-autofocus />
        <Command.List className="palette-list">
          <Command.Empty className="palette-empty">No command has these words.</Command.Empty>
          {groups.map(([group, entries]) => (
            <Command.Group key={group} heading={group} className="palette-group">
              {entries.map((entry) => (
                <Command.Item
                  key={entry.value}
                  value={entry.value}
                  keywords={entry.keywords}
                  disabled={!entry.enabled}
                  className="palette-item"
                  onSelect={() => {
                    onClose();
                    entry.run();
                  }}
                >
                  <span className="palette-item-label">{entry.label}</span>
                  {entry.shortcut && <kbd className="palette-shortcut">{entry.shortcut}</kbd>}
                </Command.Item>
              ))}
            </Command.Group>
          ))}
        </Command.List>
      </Command>
    </Dialog>
  );
}
