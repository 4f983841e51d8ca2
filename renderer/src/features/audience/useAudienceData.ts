import type { AudienceList } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';

/**
 * What frames a list: its segments over the whole list (the panels and the coverage line do not
 * shrink as the table is filtered), the categories, and the user's competitors and business.
 */
export function useAudienceData(accountId: number, list: AudienceList) {
  const segments = useApiQuery(
    'audience.segments',
    { accountId, list, filter: {} },
    { dependsOn: ['records', 'links', 'rules'] },
  );
  const categories = useApiQuery('categories.list', {}, { dependsOn: ['rules'] });
  const pursuit = useApiQuery('pursuit.get', {}, { dependsOn: ['rules'] });
  return {
    segments: segments.data,
    categories: categories.data ?? [],
    pursuit: pursuit.data,
    error: segments.error ?? categories.error ?? pursuit.error,
    refreshing: segments.refreshing || categories.refreshing,
  };
}
