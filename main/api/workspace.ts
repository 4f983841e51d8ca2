import type { RecentWorkspace } from '../../common/dto';
import type { RecentWorkspaces } from '../prefs/recent-workspaces';
import {
  changePassphrase,
  createWorkspace,
  encryptWorkspace,
  openWorkspace,
  opensWithPassphrase,
  removePassphrase,
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
): HandlerSlice<WorkspaceMethods> {
  const recentList = (): RecentWorkspace[] =>
    recent.list().map((entry) => ({ ...entry, encrypted: entry.exists && opensWithPassphrase(entry.path) }));
  return {
    'workspace.create': ({ path, passphrase }) => createWorkspace(session, path, passphrase),
    'workspace.open': ({ path, passphrase }) => openWorkspace(session, path, passphrase),
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
    'workspace.changePassphrase': ({ current, passphrase }) => changePassphrase(session, current, passphrase),
    'workspace.removePassphrase': ({ current }) => removePassphrase(session, current),
  };
}
