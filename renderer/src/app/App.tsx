import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { api, isDesktop } from '../api';
import { MessageDialog } from '../components/MessageDialog';
import { AboutDialog } from '../features/about/AboutDialog';
import { RestoreHost } from '../features/backups/RestoreHost';
import { AppMenuBar } from '../features/menu/AppMenuBar';
import { useAppMenus } from '../features/menu/useAppMenus';
import { CommandPalette } from '../features/palette/CommandPalette';
import type { GoTo } from '../features/palette/goTo';
import { QuickSwitcher } from '../features/palette/QuickSwitcher';
import { usePaletteKey } from '../features/palette/usePaletteKey';
import { StartScreen, type StartRequest } from '../features/start/StartScreen';
import { NewWorkspaceDialog, OpenWorkspaceDialog } from '../features/start/WorkspaceFormDialogs';
import { WorkspaceView } from '../features/workspace/WorkspaceView';
import { ConnectionBanner } from './ConnectionBanner';
import { DemoBanner } from '../features/demo/DemoBanner';
import { useAppCommands, type Modal } from './useAppCommands';
import { EncryptionDialog } from '../features/encryption/EncryptionDialog';
import { PassphrasePromptHost } from '../features/encryption/PassphrasePromptHost';
import { useAppInfo } from './useAppInfo';
import { useConnectionLost } from './useConnectionLost';
import { useCurrentWorkspace } from './useCurrentWorkspace';
import { usePaneLayout } from './usePaneLayout';
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/controls.css';
import './app.css';

export function App() {
  const info = useAppInfo();
  const { ready, workspace } = useCurrentWorkspace();
  const { layout, updateLayout } = usePaneLayout();
  const connectionLost = useConnectionLost();
  const [modal, setModal] = useState<Modal | null>(null);
  const [startRequest, setStartRequest] = useState<StartRequest | null>(null);
  // Counts File › Import… requests so a repeat still opens the dialog; null once handled.
  const [importRequest, setImportRequest] = useState<number | null>(null);
  const askImport = useCallback(() => setImportRequest((previous) => (previous ?? 0) + 1), []);

  const askStartScreen = useCallback(
    (action: StartRequest['action']) =>
      setStartRequest((previous) => ({ action, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );
  const closeModal = useCallback(() => setModal(null), []);
  // The Go menu's and the quick switcher's destination, for the workspace view; null once handled.
  const [goToRequest, setGoToRequest] = useState<{ target: GoTo; seq: number } | null>(null);
  const goTo = useCallback(
    (target: GoTo) => setGoToRequest((previous) => ({ target, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );
  const { run, openRecent } = useAppCommands({
    workspace,
    updateLayout,
    showModal: setModal,
    askStartScreen,
    askImport,
    goTo,
  });
  const { menus, refreshRecent } = useAppMenus({ workspace, layout, run, openRecent });
  usePaletteKey(() => setModal({ kind: 'palette' }));

  const onMenuCommand = useEffectEvent(run);
  useEffect(() => api.on('menu.command', ({ command }) => onMenuCommand(command)), []);

  useEffect(() => {
    document.title = workspace ? `${workspace.name} — Inside Track` : 'Inside Track';
  }, [workspace]);

  return (
    // CSS zoom on the root, not the browser's: it is the app's own setting and is saved with it.
    <div className="app" style={{ zoom: layout.zoom }}>
      {!isDesktop && <AppMenuBar workspace={workspace} menus={menus} onOpen={refreshRecent} />}
      {connectionLost && <ConnectionBanner />}
      {workspace && <DemoBanner />}
      <div className="app-body">
        {!ready ? null : workspace ? (
          <WorkspaceView
            workspace={workspace}
            layout={layout}
            updateLayout={updateLayout}
            importRequest={importRequest}
            onImportRequestHandled={() => setImportRequest(null)}
            goToRequest={goToRequest}
            onGoToHandled={() => setGoToRequest(null)}
          />
        ) : (
          <StartScreen info={info} request={startRequest} onRequestHandled={() => setStartRequest(null)} />
        )}
      </div>
      {modal?.kind === 'about' && <AboutDialog info={info} onClose={closeModal} />}
      {modal?.kind === 'newWorkspace' && <NewWorkspaceDialog info={info} onClose={closeModal} />}
      {modal?.kind === 'openWorkspace' && <OpenWorkspaceDialog onClose={closeModal} />}
      {modal?.kind === 'palette' && <CommandPalette menus={menus} onClose={closeModal} />}
      {modal?.kind === 'quickSwitcher' && workspace && <QuickSwitcher onGo={goTo} onClose={closeModal} />}
      <RestoreHost />
      {modal?.kind === 'encryption' && workspace && (
        <EncryptionDialog workspace={workspace} onClose={closeModal} />
      )}
      <PassphrasePromptHost />
      {modal?.kind === 'message' && (
        <MessageDialog title={modal.title} message={modal.message} onClose={closeModal} />
      )}
    </div>
  );
}
