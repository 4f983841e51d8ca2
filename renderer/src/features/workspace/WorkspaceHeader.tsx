import type { PaneLayout, WorkspaceInfo } from '../../../../common/dto';
import { Icon } from '../../components/Icon';
import { isMac } from '../../components/keyboard/platform';
import { shortcutLabel } from '../../components/keyboard/shortcut';
import { commandShortcuts, type AppCommand } from '../menu/commands';

function withShortcut(text: string, command: AppCommand): string {
  const shortcut = commandShortcuts[command]?.[0];
  return shortcut ? `${text} (${shortcutLabel(shortcut, isMac)})` : text;
}

export function WorkspaceHeader({
  workspace,
  layout,
  onToggleSidebar,
  onToggleNotes,
  onImport,
}: {
  workspace: WorkspaceInfo;
  layout: PaneLayout;
  onToggleSidebar: () => void;
  onToggleNotes: () => void;
  onImport: () => void;
}) {
  return (
    <header className="workspace-header">
      <div className="workspace-title">
        <span className="workspace-title-icon">
          <Icon name="database" />
        </span>
        <h1 className="workspace-name" data-testid="workspace-name" title={workspace.path}>
          {workspace.name}
        </h1>
      </div>
      <div className="workspace-tools" role="toolbar" aria-label="Workspace">
        <button
          type="button"
          className="button button-small workspace-import"
          data-testid="import-button"
          title={withShortcut('Import archives, exports and contact lists', 'import.open')}
          onClick={onImport}
        >
          <Icon name="import" size={14} />
          Import…
        </button>
        <span className="workspace-tools-gap" aria-hidden="true" />
        <button
          type="button"
          className="icon-button"
          aria-label="Sidebar"
          aria-pressed={layout.sidebarVisible}
          title={withShortcut(layout.sidebarVisible ? 'Hide sidebar' : 'Show sidebar', 'view.toggleSidebar')}
          onClick={onToggleSidebar}
        >
          <Icon name="sidebar" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Notes"
          aria-pressed={layout.notesVisible}
          title={withShortcut(layout.notesVisible ? 'Hide notes' : 'Show notes', 'view.toggleNotes')}
          onClick={onToggleNotes}
        >
          <Icon name="notesPane" />
        </button>
      </div>
    </header>
  );
}
