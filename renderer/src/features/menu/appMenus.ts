import type { PaneLayout, RecentWorkspace } from '../../../../common/dto';
import { middleEllipsis } from '../../components/format/ellipsis';
import { commandShortcuts, editShortcuts, type AppCommand, type EditCommand } from './commands';
import { runEditCommand } from './editCommands';
import type { MenuAction, MenuEntry, TopMenu } from './menuModel';

export interface AppMenuState {
  hasWorkspace: boolean;
  /** The open workspace has a passphrase: File offers to change it rather than to encrypt. */
  encrypted?: boolean;
  layout: PaneLayout;
  recent: readonly RecentWorkspace[];
  run: (command: AppCommand) => void;
  openRecent: (path: string) => void;
}

const separator: MenuEntry = { kind: 'separator' };

/** The browser-mode menus, mirroring the native menu of main/electron/menu.ts. */
export function appMenus(state: AppMenuState): TopMenu[] {
  const command = (label: string, id: AppCommand, extra: Partial<MenuAction> = {}): MenuAction => ({
    kind: 'action',
    label,
    shortcuts: commandShortcuts[id],
    run: () => state.run(id),
    ...extra,
  });
  const edit = (label: string, id: EditCommand): MenuAction => ({
    kind: 'action',
    label,
    shortcuts: [editShortcuts[id]],
    browserHandlesShortcut: true,
    run: () => void runEditCommand(id),
  });

  const recentItems: MenuEntry[] =
    state.recent.length === 0
      ? [{ kind: 'action', label: 'No recent workspaces', enabled: false, run: () => {} }]
      : state.recent.map((entry) => ({
          kind: 'action',
          label: entry.name,
          detail: entry.exists ? middleEllipsis(entry.path, 56) : 'Missing: moved or deleted',
          enabled: entry.exists,
          run: () => state.openRecent(entry.path),
        }));

  return [
    {
      label: 'File',
      items: [
        command('New Workspace…', 'workspace.new'),
        command('Open Workspace…', 'workspace.open'),
        { kind: 'submenu', label: 'Open Recent', items: recentItems },
        separator,
        command('Import…', 'import.open', { enabled: state.hasWorkspace }),
        command('Export Brief…', 'brief.export', { enabled: state.hasWorkspace }),
        command(state.encrypted ? 'Change Passphrase…' : 'Encrypt…', 'workspace.encryption', {
          enabled: state.hasWorkspace,
        }),
        command('Restore from Backup…', 'backups.restore', { enabled: state.hasWorkspace }),
        separator,
        command('Close Workspace', 'workspace.close', { enabled: state.hasWorkspace }),
      ],
    },
    {
      label: 'Edit',
      items: [
        edit('Undo', 'undo'),
        edit('Redo', 'redo'),
        separator,
        edit('Cut', 'cut'),
        edit('Copy', 'copy'),
        edit('Paste', 'paste'),
        separator,
        edit('Select All', 'selectAll'),
      ],
    },
    {
      label: 'View',
      items: [
        command('Toggle Sidebar', 'view.toggleSidebar', {
          enabled: state.hasWorkspace,
          checked: state.hasWorkspace && state.layout.sidebarVisible,
        }),
        command('Toggle Notes', 'view.toggleNotes', {
          enabled: state.hasWorkspace,
          checked: state.hasWorkspace && state.layout.notesVisible,
        }),
        separator,
        command('Command Palette…', 'palette.commands', { palette: false }),
        separator,
        command('Zoom In', 'view.zoomIn', { enabled: state.layout.zoom < 2 }),
        command('Zoom Out', 'view.zoomOut', { enabled: state.layout.zoom > 0.5 }),
        command('Actual Size', 'view.actualSize', { enabled: state.layout.zoom !== 1 }),
      ],
    },
    {
      label: 'Go',
      items: [
        command('Go to Prospect, Person or Account…', 'palette.goTo', { enabled: state.hasWorkspace }),
        separator,
        command('Overview', 'go.overview', { enabled: state.hasWorkspace }),
        command('Accounts', 'go.accounts', { enabled: state.hasWorkspace }),
        command('People', 'go.people', { enabled: state.hasWorkspace }),
        command('Search', 'go.search', { enabled: state.hasWorkspace }),
        command('Imports', 'go.imports', { enabled: state.hasWorkspace }),
      ],
    },
    {
      label: 'Help',
      items: [command('About Inside Track', 'help.about')],
    },
  ];
}
