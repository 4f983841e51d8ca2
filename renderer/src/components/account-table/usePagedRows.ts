import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataKind } from '../../../../common/data-kinds';
import { useRevision } from '../../api/useRevision';
import { describeError } from '../describeError';
import { pageSize, pagesInRange, pagesToForget } from './pages';

export interface PagedRows<Row> {
  /** null until the first page of this query has arrived. */
  total: number | null;
  /** The query key the rows on screen belong to, to tell "loading" from "no matches". */
  shownKey: string;
  error: string | null;
  rowAt: (index: number) => Row | undefined;
  /** The rows on screen changed: fetch the pages they are on. */
  showRange: (first: number, last: number) => void;
  updateRow: (id: number, change: Partial<Row>) => void;
}

/** Waits for a scrollbar drag to settle before asking for the pages under it. */
const settleMs = 60;

/**
 * Any long list fetched a page at a time as the user scrolls (accounts, followers, followees).
 * Only the pages near the view are kept, so 100,000 rows cost what a few thousand do. `key` names
 * the query: a new key starts a new list; when the core announces a change to what the list
 * reads (`dependsOn`), it refreshes in place. (Not the query cache: a list is a moving window of
 * pages, not one answer.)
 */
export function usePagedRows<Row extends { id: number }>({
  key,
  dependsOn,
  fetch,
}: {
  key: string;
  dependsOn: readonly DataKind[];
  fetch: (offset: number, limit: number) => Promise<{ total: number; rows: Row[] }>;
}): PagedRows<Row> {
  const version = useRevision(dependsOn);
  const [, setTick] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [shownKey, setShownKey] = useState(key);
  const [error, setError] = useState<string | null>(null);
  const pages = useRef(new Map<number, Row[]>());
  const loading = useRef(new Set<number>());
  // Answers to an older query arrive late and must not land in the new list.
  const generation = useRef(0);
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wanted = useRef<number[]>([]);
  const query = useRef({ key, fetch });

  const fetchPage = useCallback(function fetchPage(page: number, fresh = false) {
    const asked = generation.current;
    loading.current.add(page);
    const { key: askedKey, fetch: load } = query.current;
    load(page * pageSize, pageSize)
      .then((result) => {
        if (asked !== generation.current) return;
        if (fresh) pages.current.clear();
        pages.current.set(page, result.rows);
        // A refresh while scrolled down: the pages in view were dropped with the old answers.
        if (fresh) for (const other of wanted.current) if (other !== page) fetchPage(other);
        for (const gone of pagesToForget([...pages.current.keys()], wanted.current[0] ?? page)) {
          pages.current.delete(gone);
        }
        setTotal(result.total);
        setShownKey(askedKey);
        setError(null);
        setTick((tick) => tick + 1);
      })
      .catch((caught: unknown) => asked === generation.current && setError(describeError(caught)))
      .finally(() => asked === generation.current && loading.current.delete(page));
  }, []);

  // The latest fetch function is used, but only a new key or an announced change asks again.
  query.current = { key: query.current.key, fetch };
  useEffect(() => {
    generation.current += 1;
    query.current = { key, fetch: query.current.fetch };
    loading.current.clear();
    // The old rows stay on screen until the first page of the new query replaces them.
    fetchPage(0, true);
  }, [key, version, fetchPage]);

  useEffect(() => () => clearTimeout(settle.current ?? undefined), []);

  const showRange = useCallback(
    (first: number, last: number) => {
      wanted.current = pagesInRange(first, last);
      clearTimeout(settle.current ?? undefined);
      settle.current = setTimeout(() => {
        for (const page of wanted.current) {
          if (!pages.current.has(page) && !loading.current.has(page)) fetchPage(page);
        }
      }, settleMs);
    },
    [fetchPage],
  );

  const rowAt = useCallback(
    (index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
    [],
  );

  const updateRow = useCallback((id: number, change: Partial<Row>) => {
    for (const [page, rows] of pages.current) {
      const at = rows.findIndex((row) => row.id === id);
      if (at < 0) continue;
      const next = [...rows];
      next[at] = { ...rows[at]!, ...change };
      pages.current.set(page, next);
    }
    setTick((tick) => tick + 1);
  }, []);

  return { total, shownKey, error, rowAt, showRange, updateRow };
}
