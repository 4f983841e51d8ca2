import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../common/dto';
import type { Core } from '../api/core';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

interface Item {
  label?: string;
  accelerator?: string;
  submenu?: Item[];
  click?: () => void;
}

/** The native menu built from its template, with the commands it sends to the window. */
async function nativeMenu() {
  const { buildMenu } = await import('./menu');
  const sent: MenuCommand[] = [];
  const core = {
    events: { emit: (_event: string, payload: { command: MenuCommand }) => sent.push(payload.command) },
    session: { currentInfo: () => ({ name: 'Acme' }), open: () => {} },
  } as unknown as Core;
  const menu = buildMenu(core, []) as unknown as { template: Item[] };
  const items = (list: Item[]): Item[] => list.flatMap((item) => [item, ...items(item.submenu ?? [])]);
  return { all: items(menu.template), sent };
}

describe('the native menu', () => {
  it('opens the command palette and the quick switcher with the same keys as browser mode', async () => {
    const { all, sent } = await nativeMenu();
    const palette = all.find((item) => item.label === 'Command Palette…');
    const goTo = all.find((item) => item.label === 'Go to Prospect, Person or Account…');
    expect(palette?.accelerator).toBe('CmdOrCtrl+Shift+P');
    expect(goTo?.accelerator).toBe('CmdOrCtrl+P');
    palette?.click?.();
    goTo?.click?.();
    expect(sent).toEqual(['palette.commands', 'palette.goTo']);
  });

  it('has a Go menu for each view of the main area', async () => {
    const { all, sent } = await nativeMenu();
    for (const label of ['Overview', 'Accounts', 'People', 'Search', 'Imports']) {
      all.find((item) => item.label === label)?.click?.();
    }
    expect(sent).toEqual(['go.overview', 'go.accounts', 'go.people', 'go.search', 'go.imports']);
  });
});
