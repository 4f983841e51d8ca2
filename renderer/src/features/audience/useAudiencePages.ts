import type { AudienceFilterDto, AudienceList, AudienceRow } from '../../../../common/dto';
import { api } from '../../api';
import { usePagedRows } from '../accounts/usePagedRows';
import type { AudienceSort } from './audienceFilter';

export interface AudienceQuery {
  accountId: number;
  list: AudienceList;
  filter: AudienceFilterDto;
  /** filterToParams(filter): the filter's identity, so an equal filter does not refetch. */
  filterKey: string;
  sort: AudienceSort;
  descending: boolean;
}

export interface AudiencePages {
  /** null until the first page of this query has arrived. */
  total: number | null;
  /** The filter the rows on screen belong to, to tell "loading" from "no matches". */
  shownKey: string;
  error: string | null;
  rowAt: (index: number) => AudienceRow | undefined;
  showRange: (first: number, last: number) => void;
}

/**
 * A follower or followee list fetched a page (200 rows) at a time as the user scrolls, keeping
 * only the pages near the view, as the accounts list does: 100,000 rows cost what a few thousand do.
 */
export function useAudiencePages({
  accountId,
  list,
  filter,
  filterKey,
  sort,
  descending,
}: AudienceQuery): AudiencePages {
  // `filter` is represented by filterKey: an equal filter does not refetch.
  const { shownKey, total, error, rowAt, showRange } = usePagedRows<AudienceRow>({
    key: JSON.stringify([accountId, list, filterKey, sort, descending]),
    dependsOn: ['records', 'links', 'rules'],
    fetch: (offset, limit) => api.audience.list({ accountId, list, filter, sort, descending, offset, limit }),
  });
  return { total, shownKey: (JSON.parse(shownKey) as [number, string, string])[2], error, rowAt, showRange };
}
