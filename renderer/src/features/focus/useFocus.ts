import { api } from '../../api';
import { useCoreQuery } from '../../api/useApiQuery';

/**
 * A prospect's focus in a time zone. A new zone keeps the current figures on screen until the
 * new heatmap arrives; a new account starts from nothing.
 */
export function useFocus(accountId: number, timeZone: string) {
  const query = useCoreQuery(
    ['focus.get', { accountId, timeZone }],
    async () => ({ accountId, focus: await api.focus.get({ accountId, timeZone }) }),
    { dependsOn: ['records'], keepPrevious: true },
  );
  const focus = query.data?.accountId === accountId ? query.data.focus : null;
  return { focus, loading: query.loading || query.refreshing, error: query.error };
}
