import { useEffect, useRef, useState } from 'react';
import type { PaneLayout, WorkspaceInfo } from '../../../../common/dto';
import { fitPanes, paneLimits } from '../../app/layout/paneLayout';
import type { LayoutChange } from '../../app/usePaneLayout';
import { Splitter } from '../../components/Splitter';
import { useElementWidth } from '../../components/useElementWidth';
import { NotesPane } from './NotesPane';
import { Overview } from './Overview';
import { ProspectsPane } from './ProspectsPane';
import { StatusBar } from './StatusBar';
import { useWorkspaceData } from './useWorkspaceData';
import { WorkspaceHeader } from './WorkspaceHeader';
import './workspace.css';

export function WorkspaceView({
  workspace,
  layout,
  updateLayout,
}: {
  workspace: WorkspaceInfo;
  layout: PaneLayout;
  updateLayout: (change: LayoutChange) => void;
}) {
  const panesRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(panesRef);
  const fitted = fitPanes(layout, width > 0 ? width : window.innerWidth);
  const { counts, prospects, error } = useWorkspaceData(workspace);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = prospects?.find((prospect) => prospect.id === selectedId) ?? null;

  useEffect(() => setSelectedId(null), [workspace.path]);

  return (
    <div className="workspace-view" data-testid="workspace-view">
      <WorkspaceHeader
        workspace={workspace}
        layout={layout}
        onToggleSidebar={() => updateLayout((current) => ({ sidebarVisible: !current.sidebarVisible }))}
        onToggleNotes={() => updateLayout((current) => ({ notesVisible: !current.notesVisible }))}
      />
      <div className="workspace-panes" ref={panesRef}>
        {layout.sidebarVisible && (
          <>
            <ProspectsPane
              prospects={prospects}
              selectedId={selectedId}
              onSelect={setSelectedId}
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
        <Overview workspace={workspace} counts={counts} error={error} />
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
            <NotesPane prospect={selected} style={{ width: fitted.notes }} />
          </>
        )}
      </div>
      <StatusBar workspace={workspace} zoom={layout.zoom} />
    </div>
  );
}
