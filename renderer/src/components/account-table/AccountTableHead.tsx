import { Icon } from '../Icon';
import type { AccountColumn } from './columns';
import { headerAriaSort, sortButtonLabel, type TableSort } from './tableSort';

export function cellClass(column: Pick<AccountColumn<never, string>, 'key' | 'align' | 'quiet'>): string {
  return [
    'account-table-cell',
    `col-${column.key}`,
    column.align === 'end' ? 'is-end' : '',
    column.quiet ? 'is-quiet' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The sticky header row: a label, or the orders the column offers as buttons. */
export function AccountTableHead<Row, Sort extends string>({
  columns,
  order,
  onSort,
}: {
  columns: readonly AccountColumn<Row, Sort>[];
  order: TableSort<Sort>;
  onSort: (sort: Sort) => void;
}) {
  return (
    <div className="account-table-head" role="rowgroup">
      <div className="account-table-grid account-table-head-row" role="row" aria-rowindex={1}>
        {columns.map((column) => (
          <div
            key={column.key}
            className={cellClass(column)}
            role="columnheader"
            title={column.headerTitle}
            aria-sort={headerAriaSort(
              (column.orders ?? []).map((o) => o.sort),
              order,
            )}
          >
            {column.orders ? (
              column.orders.map(({ sort, label }) => {
                const active = sort === order.sort;
                return (
                  <button
                    key={sort}
                    type="button"
                    className={active ? 'column-sort is-active' : 'column-sort'}
                    aria-label={sortButtonLabel(label, active, order.descending)}
                    onClick={() => onSort(sort)}
                  >
                    {label}
                    {active && <Icon name={order.descending ? 'arrowDown' : 'arrowUp'} size={12} />}
                  </button>
                );
              })
            ) : (
              <span className={column.hideLabel ? 'visually-hidden' : undefined}>{column.label}</span>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
