import type { WorkspaceInfo } from '../../../../common/dto';
import { AppMark } from '../../components/AppMark';
import { MenuBar } from './MenuBar';
import type { TopMenu } from './menuModel';
import { useMenuShortcuts } from './useMenuShortcuts';
import './menu.css';

/** Browser mode's title bar: the app's menus, its keyboard shortcuts, and the window title. */
export function AppMenuBar({
  workspace,
  menus,
  onOpen,
}: {
  workspace: WorkspaceInfo | null;
  menus: readonly TopMenu[];
  /** A menu opens: the recent workspaces are read again. */
  onOpen: () => void;
}) {
  useMenuShortcuts(menus);

  return (
    <header className="titlebar">
      <span className="titlebar-mark">
        <AppMark size={16} />
      </span>
      <MenuBar menus={menus} onOpen={onOpen} />
      <div className="titlebar-title" aria-hidden="true">
        {workspace ? `${workspace.name} — Inside Track` : 'Inside Track'}
      </div>
    </header>
  );
}
