import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentWorkspace } from '../../common/dto';
import type { Core } from '../api/core';

const isMac = process.platform === 'darwin';

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
      dialog.showErrorBox('Cannot open workspace', error instanceof Error ? error.message : String(error));
    }
  };
  const hasWorkspace = core.session.currentInfo() !== null;

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
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
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
