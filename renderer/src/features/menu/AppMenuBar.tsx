import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PaneLayout, RecentWorkspace, WorkspaceInfo } from '../../../../common/dto';
import { api } from '../../api';
import { AppMark } from '../../components/AppMark';
import { appMenus } from './appMenus';
import type { AppCommand } from './commands';
import { MenuBar } from './MenuBar';
import { useMenuShortcuts } from './useMenuShortcuts';
import './menu.css';

/** Browser mode's title bar: the app's menus, its keyboard shortcuts, and the window title. */
export function AppMenuBar({
  workspace,
  layout,
  run,
  openRecent,
}: {
  workspace: WorkspaceInfo | null;
  layout: PaneLayout;
  run: (command: AppCommand) => void;
  openRecent: (path: string) => void;
}) {
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);
  const refreshRecent = useCallback(() => {
    api.workspace
      .recent()
      .then(setRecent)
      .catch(() => {
        /* the submenu keeps its last list */
      });
  }, []);
  useEffect(refreshRecent, [refreshRecent, workspace]);

  const menus = useMemo(
    () => appMenus({ hasWorkspace: workspace !== null, layout, recent, run, openRecent }),
    [workspace, layout, recent, run, openRecent],
  );
  useMenuShortcuts(menus);

  return (
    <header className="titlebar">
      <span className="titlebar-mark">
        <AppMark size={16} />
      </span>
      <MenuBar menus={menus} onOpen={refreshRecent} />
      <div className="titlebar-title" aria-hidden="true">
        {workspace ? `${workspace.name} — Inside Track` : 'Inside Track'}
      </div>
    </header>
  );
}
