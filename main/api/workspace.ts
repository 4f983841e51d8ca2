import type { RecentWorkspaces } from '../prefs/recent-workspaces';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type WorkspaceMethods =
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.close'
  | 'workspace.current'
  | 'workspace.stats'
  | 'workspace.recent'
  | 'workspace.forgetRecent';

export function workspaceHandlers(
  session: WorkspaceSession,
  recent: RecentWorkspaces,
): HandlerSlice<WorkspaceMethods> {
  return {
    'workspace.create': ({ path }) => session.create(path),
    'workspace.open': ({ path }) => session.open(path),
    'workspace.close': () => {
      session.close();
      return null;
    },
    'workspace.current': () => session.currentInfo(),
    'workspace.stats': () => session.require().tableCounts(),
    'workspace.recent': () => recent.list(),
    'workspace.forgetRecent': ({ path }) => {
      recent.forget(path);
      return recent.list();
    },
  };
}
