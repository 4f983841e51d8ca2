import { describe, expect, it } from 'vitest';
import { allActions, nextEnabled, type MenuEntry, type TopMenu } from './menuModel';

const action = (label: string, enabled = true): MenuEntry => ({
  kind: 'action',
  label,
  enabled,
  run: () => {},
});
const separator: MenuEntry = { kind: 'separator' };

describe('nextEnabled', () => {
  const items = [action('New'), separator, action('Close', false), action('Open')];

  it('skips separators and disabled items', () => {
    expect(nextEnabled(items, 0, 1)).toBe(3);
    expect(nextEnabled(items, 3, -1)).toBe(0);
  });

  it('wraps around at either end', () => {
    expect(nextEnabled(items, 3, 1)).toBe(0);
    expect(nextEnabled(items, 0, -1)).toBe(3);
  });

  it('starts from the first or last item when nothing is active', () => {
    expect(nextEnabled(items, null, 1)).toBe(0);
    expect(nextEnabled(items, null, -1)).toBe(3);
  });

  it('finds nothing in a menu of disabled items', () => {
    expect(nextEnabled([action('A', false), separator], null, 1)).toBeNull();
    expect(nextEnabled([], null, 1)).toBeNull();
  });
});

describe('allActions', () => {
  it('includes actions inside submenus', () => {
    const menus: TopMenu[] = [
      {
        label: 'File',
        items: [action('New'), { kind: 'submenu', label: 'Open Recent', items: [action('Acme')] }],
      },
      { label: 'Help', items: [action('About')] },
    ];
    expect(allActions(menus).map((item) => item.label)).toEqual(['New', 'Acme', 'About']);
  });
});
