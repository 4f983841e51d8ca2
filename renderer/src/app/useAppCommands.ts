import { useCallback } from 'react';
import type { WorkspaceInfo } from '../../../common/dto';
import { api, isDesktop } from '../api';
import { requestBriefExport } from '../features/prospect/briefRequest';
import { describeError } from '../components/describeError';
import type { AppCommand } from '../features/menu/commands';
import type { GoTo } from '../features/palette/goTo';
import { openWorkspaceWithDialog } from '../features/start/workspaceDialogs';
import { openWorkspace } from '../features/encryption/openWorkspace';
import { askRestoreForOpenWorkspace } from '../features/backups/restorePrompt';
import { zoomIn, zoomOut } from './layout/zoom';
import type { LayoutChange } from './usePaneLayout';

export type Modal =
  | { kind: 'about' }
  | { kind: 'newWorkspace' }
  | { kind: 'openWorkspace' }
  | { kind: 'message'; title: string; message: string }
  | { kind: 'palette' }
  | { kind: 'quickSwitcher' }
  | { kind: 'encryption' };

const views = {
  'go.overview': 'overview',
  'go.accounts': 'accounts',
  'go.people': 'people',
  'go.search': 'search',
  'go.imports': 'imports',
} as const;

/**
 * What each menu command does, for the native menu's events and browser mode's menu bar alike.
 * With no workspace open, New and Open go to the start screen's own forms; with one open, they
 * use a dialog so the open workspace stays until the new one is ready.
 */
export function useAppCommands({
  workspace,
  updateLayout,
  showModal,
  askStartScreen,
  askImport,
  goTo,
}: {
  workspace: WorkspaceInfo | null;
  updateLayout: (change: LayoutChange) => void;
  showModal: (modal: Modal) => void;
  askStartScreen: (action: 'new' | 'open') => void;
  askImport: () => void;
  goTo: (target: GoTo) => void;
}): { run: (command: AppCommand) => void; openRecent: (path: string) => void } {
  const hasWorkspace = workspace !== null;

  const fail = useCallback(
    (title: string) => (error: unknown) =>
      showModal({ kind: 'message', title, message: describeError(error) }),
    [showModal],
  );

  const run = useCallback(
    (command: AppCommand) => {
      switch (command) {
        case 'workspace.new':
          if (hasWorkspace) showModal({ kind: 'newWorkspace' });
          else askStartScreen('new');
          break;
        case 'workspace.open':
          if (!hasWorkspace) askStartScreen('open');
          else if (isDesktop) openWorkspaceWithDialog().catch(fail('Could not open the workspace'));
          else showModal({ kind: 'openWorkspace' });
          break;
        case 'workspace.close':
          api.workspace.close().catch(fail('Could not close the workspace'));
          break;
        case 'import.open':
          if (hasWorkspace) askImport();
          break;
        case 'brief.export':
          // The open prospect's Export brief button takes it; with none open, say what to do.
          if (hasWorkspace && !requestBriefExport()) {
            showModal({
              kind: 'message',
              title: 'Export Brief',
              message: 'Open a prospect first: a brief is about one prospect. Pick one in the sidebar.',
            });
          }
          break;
        case 'view.toggleSidebar':
          if (hasWorkspace) updateLayout((layout) => ({ sidebarVisible: !layout.sidebarVisible }));
          break;
        case 'view.toggleNotes':
          if (hasWorkspace) updateLayout((layout) => ({ notesVisible: !layout.notesVisible }));
          break;
        case 'view.zoomIn':
          updateLayout((layout) => ({ zoom: zoomIn(layout.zoom) }));
          break;
        case 'view.zoomOut':
          updateLayout((layout) => ({ zoom: zoomOut(layout.zoom) }));
          break;
        case 'view.actualSize':
          updateLayout({ zoom: 1 });
          break;
        case 'backups.restore':
          if (hasWorkspace) void askRestoreForOpenWorkspace();
          break;
        case 'workspace.encryption':
          if (hasWorkspace) showModal({ kind: 'encryption' });
          break;
        case 'help.about':
          showModal({ kind: 'about' });
          break;
        case 'palette.commands':
          showModal({ kind: 'palette' });
          break;
        case 'palette.goTo':
          if (hasWorkspace) showModal({ kind: 'quickSwitcher' });
          break;
        case 'go.overview':
        case 'go.accounts':
        case 'go.people':
        case 'go.search':
        case 'go.imports':
          if (hasWorkspace) goTo({ kind: 'view', view: views[command] });
          break;
        default:
          // A native menu item whose screen is not built yet: nothing to do rather than a failure.
          break;
      }
    },
    [hasWorkspace, updateLayout, showModal, askStartScreen, askImport, goTo, fail],
  );

  const openRecent = useCallback(
    (path: string) => {
      openWorkspace(path).catch(fail('Could not open the workspace'));
    },
    [fail],
  );

  return { run, openRecent };
}
