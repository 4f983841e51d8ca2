import type { AudienceFilterDto, AudienceList, AudienceRow } from '../../../../common/dto';
import { api } from '../../api';
import { usePagedRows, type PagedRows } from '../../components/account-table/usePagedRows';
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

export interface AudiencePages extends Omit<PagedRows<AudienceRow>, 'shownKey' | 'updateRow'> {
  /** The filter the rows on screen belong to, to tell "loading" from "no matches". */
  shownKey: string;
}

/** A follower or followee list, fetched a page at a time as the user scrolls. */
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
