import { useEffect, useState } from 'react';
import type { ProspectSummary, TableCounts, WorkspaceInfo } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

export interface WorkspaceData {
  /** The workspace file as it is now: its size grows with imports. */
  info: WorkspaceInfo | null;
  counts: TableCounts | null;
  prospects: ProspectSummary[] | null;
  error: string | null;
}

/** What the open workspace holds, read again when it changes or `version` moves on. */
export function useWorkspaceData(workspace: WorkspaceInfo, version: number): WorkspaceData {
  const [data, setData] = useState<WorkspaceData>({
    info: null,
    counts: null,
    prospects: null,
    error: null,
  });

  useEffect(() => {
    let live = true;
    Promise.all([api.workspace.stats(), api.prospects.list(), api.workspace.current()])
      .then(([counts, prospects, info]) => live && setData({ info, counts, prospects, error: null }))
      .catch(
        (error: unknown) => live && setData((previous) => ({ ...previous, error: describeError(error) })),
      );
    return () => {
      live = false;
    };
  }, [workspace, version]);

  return data;
}
