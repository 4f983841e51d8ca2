import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentWorkspace } from '../../common/dto';
import { AppError } from '../../common/errors';
import type { Core } from '../api/core';

const isMac = process.platform === 'darwin';

function isCode(error: unknown, code: string): boolean {
  return error instanceof AppError && error.code === code;
}

/** The native menu. Commands that need the UI are sent to the renderer as menu.command events. */
export function buildMenu(
  core: Core,
  recent: readonly Pick<RecentWorkspace, 'name' | 'path' | 'exists'>[],
): Menu {
  const send = (command: MenuCommand) => () => core.events.emit('menu.command', { command });
  const openRecent = (path: string) => () => {
    try {
      core.session.open(path);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The passphrase is typed in the window: its Open dialog asks for it.
      const hint = isCode(error, 'WORKSPACE_NEEDS_PASSPHRASE')
        ? ' Open it from the start screen or File › Open Workspace….'
        : '';
      dialog.showErrorBox('Cannot open workspace', message + hint);
    }
  };
  const current = core.session.currentInfo();
  const hasWorkspace = current !== null;

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: send('workspace.new') },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: send('workspace.open') },
        {
          label: 'Open Recent',
          submenu:
            recent.length === 0
              ? [{ label: 'No recent workspaces', enabled: false }]
              : recent.map((entry) => ({
                  label: entry.name,
                  sublabel: entry.path,
                  enabled: entry.exists,
                  click: openRecent(entry.path),
                })),
        },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', enabled: hasWorkspace, click: send('import.open') },
        {
          label: 'Export Brief…',
          accelerator: 'CmdOrCtrl+Shift+E',
          enabled: hasWorkspace,
          click: send('brief.export'),
        },
        { label: 'Restore from Backup…', enabled: hasWorkspace, click: send('backups.restore') },
        {
          label: current?.encrypted ? 'Change Passphrase…' : 'Encrypt…',
          enabled: hasWorkspace,
          click: send('workspace.encryption'),
        },
        { type: 'separator' },
        {
          label: 'Close Workspace',
          accelerator: 'CmdOrCtrl+W',
          enabled: hasWorkspace,
          click: send('workspace.close'),
        },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Toggle Sidebar', accelerator: 'CmdOrCtrl+B', click: send('view.toggleSidebar') },
        { label: 'Toggle Notes', accelerator: 'CmdOrCtrl+Shift+N', click: send('view.toggleNotes') },
        { type: 'separator' },
        // Ctrl+K opens it too: the window handles that key itself (renderer/src/features/palette).
        { label: 'Command Palette…', accelerator: 'CmdOrCtrl+Shift+P', click: send('palette.commands') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Go',
      submenu: [
        {
          label: 'Go to Prospect, Person or Account…',
          accelerator: 'CmdOrCtrl+P',
          enabled: hasWorkspace,
          click: send('palette.goTo'),
        },
        { type: 'separator' },
        { label: 'Overview', enabled: hasWorkspace, click: send('go.overview') },
        { label: 'Accounts', enabled: hasWorkspace, click: send('go.accounts') },
        { label: 'People', enabled: hasWorkspace, click: send('go.people') },
        { label: 'Search', enabled: hasWorkspace, click: send('go.search') },
        { label: 'Imports', enabled: hasWorkspace, click: send('go.imports') },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'About Inside Track', click: send('help.about') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
