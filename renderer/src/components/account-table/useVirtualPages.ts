import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { PagedRows } from './usePagedRows';

/**
 * A paged list drawn virtually: fixed-height rows (no measuring, so 100,000 rows scroll as 100
 * do), the pages under the rows in view asked for, and back to the top whenever `resetKey`
 * changes (a new query or order). Put `scrollRef` on the scrolling element.
 */
export function useVirtualPages({
  pages,
  rowHeight,
  headerHeight = 0,
  resetKey,
}: {
  pages: Pick<PagedRows<unknown>, 'total' | 'showRange'>;
  rowHeight: number;
  /** A sticky header inside the scrolling element, above the first row. */
  headerHeight?: number;
  resetKey: string;
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

  // Braces: Chromium's scrollTo returns a promise, which React would take for a cleanup.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return { scrollRef, virtualizer, items, total };
}
