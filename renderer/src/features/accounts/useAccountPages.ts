import type { AccountRow, AccountSort } from '../../../../common/dto';
import { api } from '../../api';
import { usePagedRows, type PagedRows } from '../../components/account-table/usePagedRows';

export interface AccountQuery {
  query: string;
  sort: AccountSort;
  descending: boolean;
}

export interface AccountPages extends Omit<PagedRows<AccountRow>, 'shownKey'> {
  /** The search text the rows on screen belong to, to tell "loading" from "no matches". */
  shownQuery: string;
}

/** The accounts list, fetched a page at a time as the user scrolls. */
export function useAccountPages({ query, sort, descending }: AccountQuery): AccountPages {
  const { shownKey, ...rows } = usePagedRows<AccountRow>({
    key: JSON.stringify([query, sort, descending]),
    // Rows say which accounts are prospects and which are your people's.
    dependsOn: ['records', 'links', 'prospects'],
    fetch: (offset, limit) => api.accounts.list({ query, sort, descending, offset, limit }),
  });
  return { ...rows, shownQuery: (JSON.parse(shownKey) as [string])[0] };
}
