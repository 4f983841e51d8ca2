import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RecentWorkspace } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';

/** The recent list; null while it loads (and empty when it cannot be read). */
export function useRecentWorkspaces(): {
  recent: RecentWorkspace[] | null;
  forget: (path: string) => Promise<void>;
} {
  // Opening a workspace moves it to the top: `workspace.changed` reads the list again.
  const query = useApiQuery('workspace.recent', {}, { workspaceFree: true, refreshOnOpen: true });
  const client = useQueryClient();
  const forget = useCallback(
    async (path: string) => {
      client.setQueryData(['workspace.recent', {}], await api.workspace.forgetRecent({ path }));
    },
    [client],
  );
  return { recent: query.error ? [] : query.data, forget };
}
