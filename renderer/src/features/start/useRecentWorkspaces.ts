import { useCallback, useEffect, useState } from 'react';
import type { RecentWorkspace } from '../../../../common/dto';
import { api } from '../../api';

/** The recent list; null while it loads. */
export function useRecentWorkspaces(): {
  recent: RecentWorkspace[] | null;
  forget: (path: string) => Promise<void>;
} {
  const [recent, setRecent] = useState<RecentWorkspace[] | null>(null);

  useEffect(() => {
    let live = true;
    api.workspace
      .recent()
      .then((list) => live && setRecent(list))
      .catch(() => live && setRecent([]));
    return () => {
      live = false;
    };
  }, []);

  const forget = useCallback(async (path: string) => {
    setRecent(await api.workspace.forgetRecent({ path }));
  }, []);

  return { recent, forget };
}
