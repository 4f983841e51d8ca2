import type { TableCounts, WorkspaceInfo } from '../../../../common/dto';
import { Alert } from '../../components/Alert';
import { formatBytes } from '../../components/format/bytes';
import { formatCount } from '../../components/format/count';
import { exactTime } from '../../components/format/relativeTime';
import { Icon } from '../../components/Icon';
import { RefreshMark } from '../../components/RefreshMark';
import type { MainView } from './ViewSwitcher';
import { isEmptyWorkspace, workspaceFigures, type WorkspaceFigure } from './workspaceFigures';
import './overview.css';

const createdDate = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

function formatCreated(iso: string): string {
  const date = new Date(iso);
  return iso === '' || Number.isNaN(date.getTime()) ? 'Unknown' : createdDate.format(date);
}

function FigureGroup({
  title,
  group,
  figures,
  more,
}: {
  title: string;
  group: WorkspaceFigure['group'];
  figures: WorkspaceFigure[];
  more: { label: string; onClick: () => void };
}) {
  return (
    <section className="figure-group" aria-label={title}>
      <div className="figure-group-head">
        <h3 className="section-title">{title}</h3>
        <button type="button" className="link-button figure-group-more" onClick={more.onClick}>
          {more.label}
          <Icon name="chevronRight" size={12} />
        </button>
      </div>
      <ul className={`figure-grid figure-grid-${group}`}>
        {figures
          .filter((figure) => figure.group === group)
          .map((figure) => (
            <li key={figure.table} className="figure-card" data-testid={`figure-${figure.table}`}>
              <span className="figure-value tabular">
                {figure.value === null ? '—' : formatCount(figure.value)}
              </span>
              <span className="figure-label">{figure.label}</span>
              <span className="figure-description">{figure.description}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}

/** The main area while no prospect is open: what this workspace holds and where it lives. */
export function Overview({
  workspace,
  counts,
  error,
  refreshing,
  onShowView,
  onImport,
}: {
  workspace: WorkspaceInfo;
  counts: TableCounts | null;
  error: string | null;
  refreshing: boolean;
  onShowView: (view: MainView) => void;
  onImport: () => void;
}) {
  const figures = workspaceFigures(counts);
  return (
    <main className="overview" data-testid="overview" aria-labelledby="overview-title">
      <div className="overview-inner">
        <header className="overview-header">
          <h2 className="overview-title" id="overview-title">
            Overview
            <RefreshMark busy={refreshing} />
          </h2>
          <p className="overview-subtitle">What this workspace holds, counted from its file.</p>
        </header>

        {error && <Alert title="Could not read this workspace" message={error} />}

        <FigureGroup
          title="Imported network"
          group="network"
          figures={figures}
          more={{ label: 'View the list', onClick: () => onShowView('accounts') }}
        />
        <FigureGroup
          title="Your people"
          group="people"
          figures={figures}
          more={{ label: 'Open People', onClick: () => onShowView('people') }}
        />
        <FigureGroup
          title="Your research"
          group="research"
          figures={figures}
          more={{ label: 'Manage imported files', onClick: () => onShowView('imports') }}
        />

        {isEmptyWorkspace(counts) && (
          <div className="overview-hint" data-testid="overview-empty">
            <Icon name="import" className="overview-hint-icon" />
            <div className="overview-hint-body">
              <p>
                Nothing has been imported into this workspace yet. These figures fill in as data comes in:
                X/Twitter archives and API exports, Bluesky and Mastodon exports, and contact lists.
              </p>
              <p className="overview-hint-action">
                <button type="button" className="button button-primary button-small" onClick={onImport}>
                  Import…
                </button>
                <span>or drop files and folders anywhere on this window.</span>
              </p>
            </div>
          </div>
        )}

        <section className="file-facts" aria-labelledby="file-facts-title">
          <h3 className="section-title" id="file-facts-title">
            Workspace file
          </h3>
          <dl className="facts">
            <dt>Location</dt>
            <dd className="selectable facts-path" data-testid="workspace-path">
              {workspace.path}
            </dd>
            <dt>Size</dt>
            <dd className="tabular" data-testid="workspace-size">
              {formatBytes(workspace.sizeBytes)}
            </dd>
            <dt>Created</dt>
            <dd title={workspace.createdAt ? exactTime(workspace.createdAt) : undefined}>
              {formatCreated(workspace.createdAt)}
            </dd>
            <dt>Format</dt>
            <dd>Version {workspace.schemaVersion}</dd>
          </dl>
        </section>
      </div>
    </main>
  );
}
