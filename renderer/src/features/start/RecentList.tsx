import type { RecentWorkspace } from '../../../../common/dto';
import { EmptyState } from '../../components/EmptyState';
import { RecentItem } from './RecentItem';

export function RecentList({
  recent,
  busy,
  openingPath,
  onOpen,
  onForget,
}: {
  recent: RecentWorkspace[] | null;
  busy: boolean;
  openingPath: string | null;
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
}) {
  if (recent === null) return <div className="recent-loading" aria-busy="true" />;
  if (recent.length === 0) {
    return (
      <div className="recent-empty" data-testid="recent-empty">
        <EmptyState icon="folder" title="No recent workspaces yet">
          Workspaces you create or open appear here, so you can get back to them in one click.
        </EmptyState>
      </div>
    );
  }
  return (
    <ul className="recent-list" data-testid="recent-list" aria-label="Recent workspaces">
      {recent.map((entry) => (
        <RecentItem
          key={entry.path}
          entry={entry}
          busy={busy}
          opening={openingPath === entry.path}
          onOpen={() => onOpen(entry.path)}
          onForget={() => onForget(entry.path)}
        />
      ))}
    </ul>
  );
}
