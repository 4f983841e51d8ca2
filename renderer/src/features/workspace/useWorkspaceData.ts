import { useEffect, useState } from 'react';
import type { ProspectSummary, TableCounts, WorkspaceInfo } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

export interface WorkspaceData {
  counts: TableCounts | null;
  prospects: ProspectSummary[] | null;
  error: string | null;
}

/** What the open workspace holds, read again whenever the core reports the workspace changed. */
export function useWorkspaceData(workspace: WorkspaceInfo): WorkspaceData {
  const [data, setData] = useState<WorkspaceData>({ counts: null, prospects: null, error: null });

  useEffect(() => {
    let live = true;
    Promise.all([api.workspace.stats(), api.prospects.list()])
      .then(([counts, prospects]) => live && setData({ counts, prospects, error: null }))
      .catch(
        (error: unknown) => live && setData((previous) => ({ ...previous, error: describeError(error) })),
      );
    return () => {
      live = false;
    };
  }, [workspace]);

  return data;
}
