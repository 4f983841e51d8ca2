import type { CSSProperties, DragEvent } from 'react';
import { AccountTableHead, cellClass } from './AccountTableHead';
import type { AccountColumn } from './columns';
import type { TableSort } from './tableSort';
import type { PagedRows } from './usePagedRows';
import { useVirtualPages } from './useVirtualPages';
import './account-table.css';

const headerHeight = 32;

/**
 * A list of accounts as a virtual table: only the rows in view (and a few around) are in the page,
 * so 100,000 rows scroll as 100 do. The view says which columns, which orders and what a row can
 * do; the table draws, sorts by header, scrolls (also by keyboard: it takes focus) and asks for
 * the pages in view.
 */
export function AccountTable<Row extends { id: number }, Sort extends string>({
  label,
  className,
  testId,
  rowTestId,
  rowHeight,
  columns,
  pages,
  order,
  queryKey,
  stale = false,
  onSort,
  onRowDragStart,
}: {
  label: string;
  /** The view's class: its column widths and which columns drop out as it narrows. */
  className: string;
  testId?: string;
  rowTestId: string;
  /** Fixed heights keep scrolling free of measuring. */
  rowHeight: number;
  columns: readonly AccountColumn<Row, Sort>[];
  pages: Pick<PagedRows<Row>, 'total' | 'rowAt' | 'showRange'>;
  order: TableSort<Sort>;
  /** Changes with the search or filter: a new list starts at the top, as a new order does. */
  queryKey: string;
  /** A new query is on its way: the rows shown are the old answer. */
  stale?: boolean;
  onSort: (sort: Sort) => void;
  /** Rows can be dragged (into the notes) when given. */
  onRowDragStart?: (row: Row, event: DragEvent<HTMLDivElement>) => void;
}) {
  const { scrollRef, virtualizer, items, total } = useVirtualPages({
    pages,
    rowHeight,
    headerHeight,
    resetKey: `${queryKey}\n${order.sort}\n${order.descending}`,
  });

  return (
    <div
      ref={scrollRef}
      className={`account-table ${className}${stale ? ' is-stale' : ''}`}
      aria-busy={stale || undefined}
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      data-testid={testId}
      tabIndex={0}
    >
      <AccountTableHead columns={columns} order={order} onSort={onSort} />
      <div className="account-table-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = pages.rowAt(item.index);
          const style = { height: rowHeight, transform: `translateY(${item.start - headerHeight}px)` };
          return row ? (
            <div
              key={row.id}
              className="account-table-grid account-table-row"
              role="row"
              aria-rowindex={item.index + 2}
              data-testid={rowTestId}
              style={style}
              draggable={onRowDragStart ? true : undefined}
              onDragStart={onRowDragStart && ((event) => onRowDragStart(row, event))}
            >
              {columns.map((column) => (
                <div
                  key={column.key}
                  className={cellClass(column)}
                  role="cell"
                  title={column.cellTitle?.(row)}
                >
                  {column.cell(row)}
                </div>
              ))}
            </div>
          ) : (
            <LoadingRow key={`loading-${item.index}`} rowIndex={item.index + 2} style={style} />
          );
        })}
      </div>
    </div>
  );
}

/** Stands in for a row whose page is still on its way. */
function LoadingRow({ rowIndex, style }: { rowIndex: number; style: CSSProperties }) {
  return (
    <div
      className="account-table-grid account-table-row is-loading"
      role="row"
      aria-rowindex={rowIndex}
      aria-busy="true"
      style={style}
    >
      <div className="account-table-cell col-who" role="cell">
        <span className="prospect-avatar" aria-hidden="true" />
        <span className="account-table-skeleton" />
      </div>
    </div>
  );
}
