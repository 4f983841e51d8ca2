import type { WorkspaceInfo } from '../../../../common/dto';
import { formatBytes } from '../../components/format/bytes';
import { Icon } from '../../components/Icon';
import { PathText } from '../../components/PathText';
import { zoomPercent } from '../../app/layout/zoom';

export function StatusBar({ workspace, zoom }: { workspace: WorkspaceInfo; zoom: number }) {
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-path">
        <Icon name="database" size={13} />
        <PathText path={workspace.path} />
      </span>
      <span className="status-facts">
        {zoom !== 1 && <span title="Zoom">{zoomPercent(zoom)}</span>}
        <span className="tabular">{formatBytes(workspace.sizeBytes)}</span>
        <span>Format v{workspace.schemaVersion}</span>
      </span>
    </footer>
  );
}
