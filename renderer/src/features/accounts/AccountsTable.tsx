import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { AccountRow, AccountSort } from '../../../../common/dto';
import { Icon } from '../../components/Icon';
import { AccountRowView, LoadingRow } from './AccountRowView';
import type { AccountPages } from './useAccountPages';

/** Fixed heights keep scrolling through 100,000 rows free of measuring. */
const rowHeight = 58;
const headerHeight = 32;

function SortHeader({
  label,
  className,
  column,
  sort,
  descending,
  onSort,
}: {
  label: string;
  className: string;
  column: AccountSort;
  sort: AccountSort;
  descending: boolean;
  onSort: (sort: AccountSort) => void;
}) {
  const active = sort === column;
  return (
    <div
      className={`account-cell ${className}`}
      role="columnheader"
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className={active ? 'column-sort is-active' : 'column-sort'}
        onClick={() => onSort(column)}
      >
        {label}
        {active && <Icon name={descending ? 'arrowDown' : 'arrowUp'} size={12} />}
      </button>
    </div>
  );
}

/** The accounts as a virtual table: only the rows in view (and a few around) are in the page. */
export function AccountsTable({
  pages,
  sort,
  descending,
  resetKey,
  pendingIds,
  onSort,
  onToggleProspect,
}: {
  pages: AccountPages;
  sort: AccountSort;
  descending: boolean;
  /** Changes when the query or order does: back to the top. */
  resetKey: string;
  pendingIds: ReadonlySet<number>;
  onSort: (sort: AccountSort) => void;
  onToggleProspect: (account: AccountRow) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin: headerHeight,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  const { showRange } = pages;
  useEffect(() => showRange(first, last), [first, last, showRange]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return (
    <div
      ref={scrollRef}
      className="accounts-scroller"
      role="table"
      aria-label="Accounts"
      aria-rowcount={total + 1}
      tabIndex={0}
    >
      <div className="accounts-head" role="rowgroup">
        <div className="accounts-grid accounts-head-row" role="row" aria-rowindex={1}>
          <SortHeader
            label="Account"
            className="account-who"
            column="name"
            sort={sort}
            descending={descending}
            onSort={onSort}
          />
          <div className="account-cell account-bio" role="columnheader">
            Bio
          </div>
          <div className="account-cell account-location" role="columnheader">
            Location
          </div>
          <SortHeader
            label="Followers"
            className="account-followers"
            column="followers"
            sort={sort}
            descending={descending}
            onSort={onSort}
          />
          <div
            className="account-cell account-contact"
            role="columnheader"
            title="Your own contact behind the account"
          >
            Contact
          </div>
          <div className="account-cell account-action" role="columnheader">
            <span className="visually-hidden">Prospect</span>
          </div>
        </div>
      </div>
      <div className="accounts-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const account = pages.rowAt(item.index);
          const style = { height: rowHeight, transform: `translateY(${item.start - headerHeight}px)` };
          return account ? (
            <AccountRowView
              key={account.id}
              account={account}
              rowIndex={item.index + 2}
              style={style}
              pending={pendingIds.has(account.id)}
              onToggleProspect={onToggleProspect}
            />
          ) : (
            <LoadingRow key={`loading-${item.index}`} rowIndex={item.index + 2} style={style} />
          );
        })}
      </div>
    </div>
  );
}
