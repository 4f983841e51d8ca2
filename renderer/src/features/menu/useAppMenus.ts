import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PaneLayout, RecentWorkspace, WorkspaceInfo } from '../../../../common/dto';
import { api } from '../../api';
import { appMenus } from './appMenus';
import type { AppCommand } from './commands';
import type { TopMenu } from './menuModel';

/**
 * The app's commands, once: browser mode's menu bar and the command palette both show these
 * (Electron's native menu mirrors them in main/electron/menu.ts).
 */
export function useAppMenus({
  workspace,
  layout,
  run,
  openRecent,
}: {
  workspace: WorkspaceInfo | null;
  layout: PaneLayout;
  run: (command: AppCommand) => void;
  openRecent: (path: string) => void;
}): { menus: TopMenu[]; refreshRecent: () => void } {
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
    () =>
      appMenus({
        hasWorkspace: workspace !== null,
        encrypted: workspace?.encrypted ?? false,
        layout,
        recent,
        run,
        openRecent,
      }),
    [workspace, layout, recent, run, openRecent],
  );
  return { menus, refreshRecent };
}
