import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { PaneLayout, WorkspaceInfo } from '../../../../common/dto';
import { fitPanes, paneLimits } from '../../app/layout/paneLayout';
import type { LayoutChange } from '../../app/usePaneLayout';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Splitter } from '../../components/Splitter';
import { useElementWidth } from '../../components/useElementWidth';
import { AccountsView } from '../accounts/AccountsView';
import { PeopleView } from '../people/PeopleView';
import { ImportCenter } from '../import/ImportCenter';
import { ImportsView } from '../imports/ImportsView';
import type { InsertRequest } from '../notes/MarkdownEditor';
import { SearchView } from '../search/SearchView';
import { NotesPane } from './NotesPane';
import { Overview } from './Overview';
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
}: {
  workspace: WorkspaceInfo;
  layout: PaneLayout;
  updateLayout: (change: LayoutChange) => void;
  /** File › Import… from a menu; acknowledged with onImportRequestHandled. */
  importRequest: number | null;
  onImportRequestHandled: () => void;
}) {
  const panesRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(panesRef);
  const fitted = fitPanes(layout, width > 0 ? width : window.innerWidth);
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
      citations.current += 1;
      setCitation({ text: markdown, seq: citations.current });
    },
    [updateLayout],
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
        {layout.sidebarVisible && (
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
            {view === 'people' && <PeopleView onImport={openImport} />}
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
        {layout.notesVisible && (
          <>
            <Splitter
              label="Resize notes"
              value={fitted.notes}
              min={paneLimits.notesWidth.min}
              max={fitted.notesMax}
              side="end"
              zoom={layout.zoom}
              onResize={(notesWidth) => updateLayout({ notesWidth })}
            />
            <NotesPane
              workspacePath={workspace.path}
              subject={
                openAccountId !== null && openTitle !== null
                  ? { accountId: openAccountId, title: openTitle }
                  : null
              }
              insertRequest={citation}
              onInserted={() => setCitation(null)}
              style={{ width: fitted.notes }}
            />
          </>
        )}
      </div>
      <StatusBar workspace={file} zoom={layout.zoom} />
      <ImportCenter request={importClicks} onShowAccounts={showAccounts} />
    </div>
  );
}
