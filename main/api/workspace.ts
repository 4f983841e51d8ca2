import type { RecentWorkspace } from '../../common/dto';
import type { RecentWorkspaces } from '../prefs/recent-workspaces';
import {
  changePassphrase,
  createWorkspace,
  encryptWorkspace,
  openWorkspace,
  opensWithPassphrase,
  removePassphrase,
  type RememberedPassphrases,
} from '../workspace/encryption';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type WorkspaceMethods =
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.close'
  | 'workspace.current'
  | 'workspace.stats'
  | 'workspace.recent'
  | 'workspace.forgetRecent'
  | 'workspace.encrypt'
  | 'workspace.changePassphrase'
  | 'workspace.removePassphrase';

export function workspaceHandlers(
  session: WorkspaceSession,
  recent: RecentWorkspaces,
  remembered?: RememberedPassphrases,
): HandlerSlice<WorkspaceMethods> {
  const recentList = (): RecentWorkspace[] =>
    recent.list().map((entry) => ({ ...entry, encrypted: entry.exists && opensWithPassphrase(entry.path) }));
  return {
    'workspace.create': ({ path, passphrase }) => createWorkspace(session, path, passphrase),
    'workspace.open': ({ path, passphrase, remember }) =>
      openWorkspace(session, path, { passphrase, remember }, remembered),
    'workspace.close': () => {
      session.close();
      return null;
    },
    'workspace.current': () => session.currentInfo(),
    'workspace.stats': () => session.require().tableCounts(),
    'workspace.recent': () => recentList(),
    'workspace.forgetRecent': ({ path }) => {
      recent.forget(path);
      return recentList();
    },
    'workspace.encrypt': ({ passphrase }) => encryptWorkspace(session, passphrase),
    'workspace.changePassphrase': async ({ current, passphrase }) => {
      const info = await changePassphrase(session, current, passphrase);
      remembered?.forget(info.path); // remembered again the next time it is ticked
      return info;
    },
    'workspace.removePassphrase': async ({ current }) => {
      const info = await removePassphrase(session, current);
      remembered?.forget(info.path);
      return info;
    },
  };
}
