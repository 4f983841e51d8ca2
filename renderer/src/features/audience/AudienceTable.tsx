import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { AudienceRow, CategoryDto } from '../../../../common/dto';
import { Icon } from '../../components/Icon';
import type { AudienceSort } from './audienceFilter';
import { AudienceLoadingRow, AudienceRowView } from './AudienceRowView';
import type { AudiencePages } from './useAudiencePages';

/** Fixed heights keep scrolling through 100,000 rows free of measuring. */
const rowHeight = 52;
const headerHeight = 32;

function SortButton({
  label,
  column,
  sort,
  descending,
  onSort,
}: {
  label: string;
  column: AudienceSort;
  sort: AudienceSort;
  descending: boolean;
  onSort: (sort: AudienceSort) => void;
}) {
  const active = sort === column;
  return (
    <button
      type="button"
      className={active ? 'column-sort is-active' : 'column-sort'}
      aria-label={`Sort by ${label.toLowerCase()}${active ? (descending ? ', descending' : ', ascending') : ''}`}
      onClick={() => onSort(column)}
    >
      {label}
      {active && <Icon name={descending ? 'arrowDown' : 'arrowUp'} size={12} />}
    </button>
  );
}

/** The list as a virtual table: only the rows in view (and a few around) are in the page. */
export function AudienceTable({
  label,
  stale,
  pages,
  sort,
  descending,
  resetKey,
  categories,
  pendingIds,
  onSort,
  onOpen,
  onCategories,
}: {
  label: string;
  /** A new filter or order is on its way: the rows shown are the old answer. */
  stale: boolean;
  pages: AudiencePages;
  sort: AudienceSort;
  descending: boolean;
  /** Changes when the filter or order does: back to the top. */
  resetKey: string;
  categories: ReadonlyMap<number, CategoryDto>;
  pendingIds: ReadonlySet<number>;
  onSort: (sort: AudienceSort) => void;
  onOpen: (row: AudienceRow) => void;
  onCategories: (row: AudienceRow, anchor: HTMLElement) => void;
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

  const ariaSort = (column: AudienceSort) =>
    sort === column ? (descending ? 'descending' : 'ascending') : undefined;

  return (
    <div
      ref={scrollRef}
      className={stale ? 'audience-scroller is-stale' : 'audience-scroller'}
      aria-busy={stale || undefined}
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      data-testid="audience-table"
      tabIndex={0}
    >
      <div className="audience-head" role="rowgroup">
        <div className="audience-grid audience-head-row" role="row" aria-rowindex={1}>
          <div
            className="audience-cell audience-who"
            role="columnheader"
            aria-sort={ariaSort(sort === 'handle' ? 'handle' : 'name')}
          >
            <SortButton label="Name" column="name" sort={sort} descending={descending} onSort={onSort} />
            <SortButton label="Handle" column="handle" sort={sort} descending={descending} onSort={onSort} />
          </div>
          <div className="audience-cell audience-bio" role="columnheader">
            Bio
          </div>
          <div className="audience-cell audience-location" role="columnheader">
            Location
          </div>
          <div className="audience-cell audience-reach" role="columnheader" aria-sort={ariaSort('reach')}>
            <SortButton
              label="Followers"
              column="reach"
              sort={sort}
              descending={descending}
              onSort={onSort}
            />
          </div>
          <div className="audience-cell audience-categories" role="columnheader">
            Categories
          </div>
          <div className="audience-cell audience-roles" role="columnheader">
            Roles
          </div>
          <div className="audience-cell audience-flags" role="columnheader">
            <span className="visually-hidden">Competitor or yours</span>
          </div>
          <div className="audience-cell audience-actions" role="columnheader">
            <span className="visually-hidden">Actions</span>
          </div>
        </div>
      </div>
      <div className="audience-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = pages.rowAt(item.index);
          const style = { height: rowHeight, transform: `translateY(${item.start - headerHeight}px)` };
          return row ? (
            <AudienceRowView
              key={row.id}
              row={row}
              rowIndex={item.index + 2}
              style={style}
              categories={categories}
              pending={pendingIds.has(row.id)}
              onOpen={onOpen}
              onCategories={onCategories}
            />
          ) : (
            <AudienceLoadingRow key={`loading-${item.index}`} rowIndex={item.index + 2} style={style} />
          );
        })}
      </div>
    </div>
  );
}
