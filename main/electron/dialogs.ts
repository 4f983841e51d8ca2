import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { HandlerSlice } from '../api/types';
import type { DialogMethods } from '../api/dialog';

const filters = [{ name: 'Inside Track workspace', extensions: ['itrack'] }];

/**
 * Native save/open dialogs for the start screen, parented to the app window. What the user picks
 * is granted, so the calls that follow may use it (see path-grants.ts).
 */
export function electronDialogs(
  window: () => BrowserWindow | null,
  workspacesDir: string,
  grant: (path: string) => void,
): HandlerSlice<DialogMethods> {
  const chosen = <T extends string | null>(path: T): T => {
    if (path !== null) grant(path);
    return path;
  };
  return {
    async 'dialog.chooseNewWorkspace'({ suggestedName }) {
      const name = suggestedName.trim() || 'New pursuit';
      const options = {
        title: 'New Workspace',
        buttonLabel: 'Create',
        defaultPath: join(workspacesDir, `${name}.itrack`),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as const,
      };
      const parent = window();
      const result = parent
        ? await dialog.showSaveDialog(parent, { ...options, properties: [...options.properties] })
        : await dialog.showSaveDialog({ ...options, properties: [...options.properties] });
      return chosen(result.canceled || !result.filePath ? null : result.filePath);
    },
    async 'dialog.chooseExistingWorkspace'() {
      const options = {
        title: 'Open Workspace',
        defaultPath: workspacesDir,
        filters: [...filters, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'] as const,
      };
      const parent = window();
      const result = parent
        ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return chosen(result.canceled ? null : (result.filePaths[0] ?? null));
    },

    async 'dialog.chooseImportPaths'({ folders }) {
      const options = {
        title: folders ? 'Import Folders' : 'Import Files',
        buttonLabel: 'Import',
        properties: [
          folders ? ('openDirectory' as const) : ('openFile' as const),
          'multiSelections' as const,
        ],
      };
      const parent = window();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths.map(chosen);
    },
    async 'dialog.chooseBriefPath'({ suggestedName }) {
      const options = {
        title: 'Export Brief',
        buttonLabel: 'Export',
        defaultPath: join(app.getPath('documents'), `${suggestedName.trim() || 'Brief'}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const parent = window();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return chosen(result.canceled || !result.filePath ? null : result.filePath);
    },
  };
}
