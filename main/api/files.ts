import { homedir } from 'node:os';
import type { HostKind } from '../../common/dto';
import { AppError } from '../../common/errors';
import { listFolder } from '../workspace/folder-listing';
import type { HandlerSlice } from './types';

/**
 * The browser-mode file browser's listing. The desktop app has native dialogs, and a page there
 * may not name paths it was not given (path-grants.ts), so it gets no listing of the user's disk.
 */
export function fileHandlers(host: HostKind, workspacesDir: string): HandlerSlice<'files.list'> {
  const roots = [
    { label: 'Workspaces', path: workspacesDir },
    { label: 'Home', path: homedir() },
  ];
  return {
    'files.list': ({ path }) => {
      if (host === 'electron')
        throw new AppError('UNSUPPORTED', 'The desktop app chooses files in its own dialogs.');
      return listFolder(roots, path);
    },
  };
}
