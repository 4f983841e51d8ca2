import type { PersonSummaryDto, Relationship } from '../../../../common/dto';
import { api } from '../../api';
import { usePagedRows, type PagedRows } from '../../components/account-table/usePagedRows';

/** The People list, fetched a page at a time as the user scrolls. */
export function usePeoplePages(
  search: string,
  relationship: Relationship | null,
): PagedRows<PersonSummaryDto> {
  return usePagedRows<PersonSummaryDto>({
    key: JSON.stringify([search, relationship]),
    // Rows show the relationship and the linked accounts.
    dependsOn: ['records', 'links', 'people'],
    fetch: (offset, limit) =>
      api.people.list({ search, ...(relationship ? { relationship } : {}), offset, limit }),
  });
}
