import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { PaneLayout, WorkspaceInfo } from '../../../../common/dto';
import { fitPanes, foldPanes, paneLimits, railWidth } from '../../app/layout/paneLayout';
import type { LayoutChange } from '../../app/usePaneLayout';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Splitter } from '../../components/Splitter';
import { useElementWidth } from '../../components/useElementWidth';
import { AccountsView } from '../accounts/AccountsView';
import { PeopleView } from '../people/PeopleView';
import { ImportCenter } from '../import/ImportCenter';
import { ImportsView } from '../imports/ImportsView';
import type { InsertRequest } from '../notes/MarkdownEditor';
import type { GoTo } from '../palette/goTo';
import { searchPlaces } from '../search/rememberedSearch';
import { SearchView } from '../search/SearchView';
import { NotesPane } from './NotesPane';
import { Overview } from './Overview';
import { PaneOverlay, PaneRail } from './PaneRail';
import { prospectTitle } from './prospectNames';
import { ProspectsPane } from './ProspectsPane';
import { StatusBar } from './StatusBar';
import { useWorkspaceData } from './useWorkspaceData';
import { ViewSwitcher, type MainView } from './ViewSwitcher';
import { WorkspaceHeader } from './WorkspaceHeader';
import './workspace.css';

// The prospect view brings the graph (Cytoscape): it loads when a prospect is first opened.
const ProspectView = lazy(() =>
  import('../prospect/ProspectView').then((m) => ({ default: m.ProspectView })),
);

export function WorkspaceView({
  workspace,
  layout,
  updateLayout,
  importRequest,
  onImportRequestHandled,
  goToRequest,
  onGoToHandled,
}: {
  workspace: WorkspaceInfo;
  layout: PaneLayout;
  updateLayout: (change: LayoutChange) => void;
  /** File › Import… from a menu; acknowledged with onImportRequestHandled. */
  importRequest: number | null;
  onImportRequestHandled: () => void;
  /** The Go menu or the quick switcher; acknowledged with onGoToHandled. */
  goToRequest: { target: GoTo; seq: number } | null;
  onGoToHandled: () => void;
}) {
  const panesRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(panesRef);
  const available = width > 0 ? width : window.innerWidth;
  // In a narrow window the panes fold to strips of icons and open over the page when asked for.
  const fold = foldPanes(layout, available);
  const rails = (fold.sidebar === 'rail' ? railWidth : 0) + (fold.notes === 'rail' ? railWidth : 0);
  const fitted = fitPanes(
    { ...layout, sidebarVisible: fold.sidebar === 'docked', notesVisible: fold.notes === 'docked' },
    available - rails,
  );
  const [overlay, setOverlay] = useState<'sidebar' | 'notes' | null>(null);
  const sidebarOverlay = overlay === 'sidebar' && fold.sidebar === 'rail';
  const notesOverlay = overlay === 'notes' && fold.notes === 'rail';
  const notesFolded = fold.notes === 'rail';
  const closeOverlay = useCallback(() => setOverlay(null), []);
  const overlayWidth = (saved: number) => Math.max(200, Math.min(saved, available - 2 * railWidth - 80));
  const [view, setView] = useState<MainView>('overview');
  const { info, counts, prospects, error, refreshing } = useWorkspaceData();
  const file = info?.path === workspace.path ? info : workspace;
  // The account open on the prospect page (a prospect, or any account opened from a list).
  const [openAccountId, setOpenAccountId] = useState<number | null>(null);
  const [openName, setOpenName] = useState<{ accountId: number; name: string } | null>(null);
  const openProspect = prospects?.find((prospect) => prospect.accountId === openAccountId) ?? null;
  const openTitle =
    openAccountId === null
      ? null
      : openProspect
        ? prospectTitle(openProspect)
        : openName?.accountId === openAccountId
          ? openName.name
          : `Account #${openAccountId}`;
  const [citation, setCitation] = useState<InsertRequest | null>(null);
  const [importClicks, setImportClicks] = useState(0);
  const openImport = useCallback(() => setImportClicks((clicks) => clicks + 1), []);
  const showAccounts = useCallback(() => setView('accounts'), []);

  const openAccount = useCallback((accountId: number) => {
    setOverlay((current) => (current === 'sidebar' ? null : current));
    setOpenAccountId(accountId);
    setCitation(null);
    setView('prospect');
  }, []);
  const closeAccount = useCallback(() => {
    setOpenAccountId(null);
    setCitation(null);
    setView((current) => (current === 'prospect' ? 'overview' : current));
  }, []);
  // Never reused, so the editor can tell a new citation from one it has already inserted.
  const citations = useRef(0);
  const cite = useCallback(
    (markdown: string) => {
      updateLayout((current) => (current.notesVisible ? {} : { notesVisible: true }));
      // Folded, the notes open over the page so the citation is seen going in.
      if (notesFolded) setOverlay('notes');
      citations.current += 1;
      setCitation({ text: markdown, seq: citations.current });
    },
    [updateLayout, notesFolded],
  );

  useEffect(() => {
    setOpenAccountId(null);
    setOpenName(null);
    setCitation(null);
    setView('overview');
  }, [workspace.path]);

  useEffect(() => {
    if (importRequest === null) return;
    onImportRequestHandled();
    openImport();
  }, [importRequest, onImportRequestHandled, openImport]);

  // A person chosen in the quick switcher: People opens on them (a new key each time).
  const [personRequest, setPersonRequest] = useState<{ personId: number; seq: number } | null>(null);
  useEffect(() => {
    if (goToRequest === null) return;
    onGoToHandled();
    const { target, seq } = goToRequest;
    if (target.kind === 'view') setView(target.view);
    else if (target.kind === 'account') openAccount(target.accountId);
    else if (target.kind === 'person') {
      setPersonRequest({ personId: target.personId, seq });
      setView('people');
    } else {
      searchPlaces().remember({
        text: target.query,
        committed: target.query,
        activeSavedId: target.savedId,
        answer: null,
        scrollTop: 0,
      });
      setView('search');
    }
  }, [goToRequest, onGoToHandled, openAccount]);

  const notesPane = (
    <NotesPane
      workspacePath={workspace.path}
      subject={
        openAccountId !== null && openTitle !== null ? { accountId: openAccountId, title: openTitle } : null
      }
      insertRequest={citation}
      onInserted={() => setCitation(null)}
      style={{ width: fold.notes === 'docked' ? fitted.notes : overlayWidth(layout.notesWidth) }}
    />
  );

  return (
    <div className="workspace-view" data-testid="workspace-view">
      <WorkspaceHeader
        workspace={workspace}
        layout={layout}
        onToggleSidebar={() => updateLayout((current) => ({ sidebarVisible: !current.sidebarVisible }))}
        onToggleNotes={() => updateLayout((current) => ({ notesVisible: !current.notesVisible }))}
        onImport={openImport}
      />
      <div className="workspace-panes" ref={panesRef}>
        {fold.sidebar === 'rail' && (
          <>
            <PaneRail
              side="start"
              label="prospects"
              icon="sidebar"
              open={sidebarOverlay}
              onOpen={() => setOverlay(sidebarOverlay ? null : 'sidebar')}
              prospects={prospects}
              selectedAccountId={openAccountId}
              onSelect={openAccount}
            />
            <PaneOverlay side="start" open={sidebarOverlay} onClose={closeOverlay}>
              {sidebarOverlay && (
                <ProspectsPane
                  prospects={prospects}
                  selectedAccountId={openAccountId}
                  onSelect={openAccount}
                  onBrowseAccounts={showAccounts}
                  style={{ width: overlayWidth(layout.sidebarWidth) }}
                />
              )}
            </PaneOverlay>
          </>
        )}
        {fold.sidebar === 'docked' && (
          <>
            <ProspectsPane
              prospects={prospects}
              selectedAccountId={openAccountId}
              onSelect={openAccount}
              onBrowseAccounts={showAccounts}
              style={{ width: fitted.sidebar }}
            />
            <Splitter
              label="Resize sidebar"
              value={fitted.sidebar}
              min={paneLimits.sidebarWidth.min}
              max={fitted.sidebarMax}
              side="start"
              zoom={layout.zoom}
              onResize={(sidebarWidth) => updateLayout({ sidebarWidth })}
            />
          </>
        )}
        <div className="main-area">
          <div className="main-bar">
            <ViewSwitcher
              view={view}
              onChange={setView}
              prospect={openTitle}
              onCloseProspect={closeAccount}
            />
          </div>
          <ErrorBoundary what="this view" resetKey={`${view}:${openAccountId ?? ''}`}>
            {view === 'overview' && (
              <Overview
                workspace={file}
                counts={counts}
                error={error}
                refreshing={refreshing}
                onShowView={setView}
                onImport={openImport}
              />
            )}
            {view === 'accounts' && <AccountsView onImport={openImport} />}
            {view === 'people' && (
              <PeopleView
                key={personRequest?.seq}
                onImport={openImport}
                initialPersonId={personRequest?.personId ?? null}
              />
            )}
            {view === 'search' && (
              <main className="workspace-search" aria-label="Search">
                <SearchView onOpenAccount={openAccount} onCite={openAccountId !== null ? cite : undefined} />
              </main>
            )}
            {view === 'prospect' && openAccountId !== null && (
              <Suspense fallback={<div className="view-loading" aria-busy="true" />}>
                <ProspectView
                  accountId={openAccountId}
                  isProspect={openProspect !== null}
                  onOpenAccount={openAccount}
                  onNameKnown={setOpenName}
                  onErased={closeAccount}
                />
              </Suspense>
            )}
            {view === 'imports' && <ImportsView onImport={openImport} />}
          </ErrorBoundary>
        </div>
        {fold.notes !== 'hidden' && (
          <>
            {fold.notes === 'docked' ? (
              <Splitter
                label="Resize notes"
                value={fitted.notes}
                min={paneLimits.notesWidth.min}
                max={fitted.notesMax}
                side="end"
                zoom={layout.zoom}
                onResize={(notesWidth) => updateLayout({ notesWidth })}
              />
            ) : (
              <PaneRail
                side="end"
                label="notes"
                icon="notesPane"
                open={notesOverlay}
                onOpen={() => setOverlay(notesOverlay ? null : 'notes')}
              />
            )}
            {fold.notes === 'docked' ? (
              notesPane
            ) : (
              <PaneOverlay side="end" open={notesOverlay} onClose={closeOverlay}>
                {notesPane}
              </PaneOverlay>
            )}
          </>
        )}
      </div>
      <StatusBar workspace={file} zoom={layout.zoom} />
      <ImportCenter request={importClicks} onShowAccounts={showAccounts} />
    </div>
  );
}
