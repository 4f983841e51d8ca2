import type { ProspectSummary, TableCounts, WorkspaceInfo } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';

export interface WorkspaceData {
  /** The workspace file as it is now: its size grows with imports. */
  info: WorkspaceInfo | null;
  counts: TableCounts | null;
  prospects: ProspectSummary[] | null;
  error: string | null;
  /** Newer figures are being read; the ones shown are the last known. */
  refreshing: boolean;
}

/** What the open workspace holds, read again whenever the core says it changed. */
export function useWorkspaceData(): WorkspaceData {
  const counts = useApiQuery(
    'workspace.stats',
    {},
    { dependsOn: ['records', 'links', 'people', 'prospects'] },
  );
  const prospects = useApiQuery('prospects.list', {}, { dependsOn: ['records', 'prospects', 'notes'] });
  const info = useApiQuery('workspace.current', {}, { dependsOn: ['records'] });
  return {
    info: info.data,
    counts: counts.data,
    prospects: prospects.data,
    error: counts.error ?? prospects.error ?? info.error,
    refreshing: counts.refreshing || prospects.refreshing || info.refreshing,
  };
}
