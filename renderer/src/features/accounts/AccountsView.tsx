import { useCallback, useMemo, useState } from 'react';
import type { AccountRow, AccountSort } from '../../../../common/dto';
import { api } from '../../api';
import { AccountTable } from '../../components/account-table/AccountTable';
import { usePendingRows } from '../../components/account-table/usePendingRows';
import { useTableSort } from '../../components/account-table/useTableSort';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { SuggestedLinks } from '../people/SuggestedLinks';
import { accountColumns } from './accountColumns';
import { NameAccountDialog } from './NameAccountDialog';
import { AccountsToolbar } from './AccountsToolbar';
import { useAccountPages } from './useAccountPages';
import './accounts.css';

/** Names and handles read best A→Z; counts and recency read best largest first. */
const naturalDescending: Record<AccountSort, boolean> = {
  followers: true,
  imported: true,
  name: false,
  handle: false,
};

/** Every imported account: searchable, sortable, and where prospects are picked. */
export function AccountsView({ onImport }: { onImport: () => void }) {
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), 250);
  const order = useTableSort<AccountSort>('followers', naturalDescending);
  const { sort, descending } = order;
  const pages = useAccountPages({ query, sort, descending });
  const { pendingIds, track } = usePendingRows();
  const [actionError, setActionError] = useState<string | null>(null);

  const { updateRow } = pages;
  const toggleProspect = useCallback(
    (account: AccountRow) => {
      const marking = !account.isProspect;
      updateRow(account.id, { isProspect: marking });
      track(
        account.id,
        marking
          ? api.prospects.add({ accountId: account.id })
          : api.prospects.remove({ accountId: account.id }),
      )
        .then(() => setActionError(null))
        .catch((error: unknown) => {
          updateRow(account.id, { isProspect: !marking });
          setActionError(describeError(error));
        });
    },
    [updateRow, track],
  );
  const [naming, setNaming] = useState<AccountRow | null>(null);
  const columns = useMemo(
    () => accountColumns(pendingIds, toggleProspect, setNaming),
    [pendingIds, toggleProspect],
  );
  const named = useCallback(
    (account: AccountRow | null) => {
      if (naming && account) updateRow(naming.id, account);
      setNaming(null);
    },
    [naming, updateRow],
  );

  const noAccounts = pages.total === 0 && pages.shownQuery === '';
  const noMatches = pages.total === 0 && pages.shownQuery !== '';

  return (
    <main className="accounts-view" data-testid="accounts-view" aria-labelledby="accounts-title">
      <AccountsToolbar
        total={pages.total}
        empty={noAccounts}
        searching={pages.shownQuery !== ''}
        search={search}
        onSearch={setSearch}
        sort={sort}
        descending={descending}
        onSort={order.choose}
        onFlip={order.flip}
      />
      <SuggestedLinks compact />
      {(pages.error ?? actionError) && (
        <div className="accounts-alert">
          <Alert
            message={(pages.error ?? actionError)!}
            onDismiss={actionError ? () => setActionError(null) : undefined}
          />
        </div>
      )}
      {noAccounts ? (
        <EmptyState icon="accounts" title="No accounts yet" testId="accounts-empty">
          <p>
            Accounts come from what you import: the people in an X/Twitter archive, a Bluesky or Mastodon
            export, an API export or a followers list. Drop them anywhere on this window, or:
          </p>
          <p>
            <button type="button" className="button button-primary" onClick={onImport}>
              Import…
            </button>
          </p>
        </EmptyState>
      ) : noMatches ? (
        <EmptyState
          icon="search"
          title={`No accounts match “${pages.shownQuery}”`}
          testId="accounts-no-matches"
        >
          <p>Search looks at names, handles and account ids.</p>
          <p>
            <button type="button" className="link-button" onClick={() => setSearch('')}>
              Clear the search
            </button>
          </p>
        </EmptyState>
      ) : (
        <AccountTable
          label="Accounts"
          className="accounts-table"
          rowTestId="account-row"
          rowHeight={58}
          columns={columns}
          pages={pages}
          order={order}
          queryKey={query}
          onSort={order.byHeader}
        />
      )}
      {naming && <NameAccountDialog account={naming} onClose={named} />}
      {pages.total !== null && pages.total > 0 && (
        <div className="visually-hidden" role="status">
          {formatCount(pages.total)} {pages.total === 1 ? 'account' : 'accounts'}
        </div>
      )}
    </main>
  );
}
