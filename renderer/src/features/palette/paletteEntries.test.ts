import { describe, expect, it } from 'vitest';
import type { TopMenu } from '../menu/menuModel';
import { paletteEntries } from './paletteEntries';

const ran: string[] = [];
const act = (label: string, extra: object = {}) => ({
  kind: 'action' as const,
  label,
  run: () => ran.push(label),
  ...extra,
});

const menus: TopMenu[] = [
  {
    label: 'File',
    items: [
      act('New Workspace…', { shortcuts: [{ code: 'KeyN', mod: true, alt: true }] }),
      { kind: 'submenu', label: 'Open Recent', items: [act('Acme', { detail: '/home/me/Acme.itrack' })] },
      { kind: 'separator' },
      act('Import…', { enabled: false }),
    ],
  },
  {
    label: 'Edit',
    items: [act('Copy', { shortcuts: [{ code: 'KeyC', mod: true }], browserHandlesShortcut: true })],
  },
  {
    label: 'View',
    items: [act('Command Palette…', { palette: false }), act('Toggle Sidebar', { checked: true })],
  },
];

describe('paletteEntries', () => {
  const entries = paletteEntries(menus, false);

  it('lists every menu command under its menu, with the shortcut the menu shows', () => {
    expect(entries.map((entry) => [entry.group, entry.label, entry.shortcut])).toEqual([
      ['File', 'New Workspace…', 'Ctrl+Alt+N'],
      ['File', 'Open Recent › Acme', null],
      ['File', 'Import…', null],
      ['View', 'Toggle Sidebar', null],
    ]);
  });

  it('leaves out what the browser does by itself and the palette itself', () => {
    expect(entries.some((entry) => entry.label === 'Copy' || entry.label === 'Command Palette…')).toBe(false);
  });

  it('keeps disabled commands, marked, so the user learns they exist', () => {
    expect(entries.find((entry) => entry.label === 'Import…')?.enabled).toBe(false);
  });

  it('gives each entry a distinct value and words to match on', () => {
    expect(new Set(entries.map((entry) => entry.value)).size).toBe(entries.length);
    expect(entries.find((entry) => entry.label === 'Open Recent › Acme')?.keywords).toContain(
      '/home/me/Acme.itrack',
    );
  });

  it('runs the menu item', () => {
    entries[0]?.run();
    expect(ran).toEqual(['New Workspace…']);
  });
});
