import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountRow, AccountSort } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';
import { pageSize, pagesInRange, pagesToForget } from './accountPages';

export interface AccountQuery {
  query: string;
  sort: AccountSort;
  descending: boolean;
  /** Moves on when imports or removals change what the list holds. */
  version: number;
}

export interface AccountPages {
  /** null until the first page of this query has arrived. */
  total: number | null;
  /** The query the rows on screen belong to, to tell "loading" from "no matches". */
  shownQuery: string;
  error: string | null;
  rowAt: (index: number) => AccountRow | undefined;
  /** The rows on screen changed: fetch the pages they are on. */
  showRange: (first: number, last: number) => void;
  updateRow: (id: number, change: Partial<AccountRow>) => void;
}

/** Waits for a scrollbar drag to settle before asking for the pages under it. */
const settleMs = 60;

/**
 * The accounts list, fetched a page at a time as the user scrolls. Only the pages near the view
 * are kept, so 100,000 accounts cost what a few thousand do.
 */
export function useAccountPages({ query, sort, descending, version }: AccountQuery): AccountPages {
  const [, setTick] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [shownQuery, setShownQuery] = useState(query);
  const [error, setError] = useState<string | null>(null);
  const pages = useRef(new Map<number, AccountRow[]>());
  const loading = useRef(new Set<number>());
  // Answers to an older query arrive late and must not land in the new list.
  const generation = useRef(0);
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wanted = useRef<number[]>([]);
  const params = useRef({ query, sort, descending });

  const fetchPage = useCallback(function fetchPage(page: number, fresh = false) {
    const asked = generation.current;
    loading.current.add(page);
    const { query: text, sort: by, descending: down } = params.current;
    api.accounts
      .list({ query: text, sort: by, descending: down, offset: page * pageSize, limit: pageSize })
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
        setShownQuery(text);
        setError(null);
        setTick((tick) => tick + 1);
      })
      .catch((caught: unknown) => asked === generation.current && setError(describeError(caught)))
      .finally(() => asked === generation.current && loading.current.delete(page));
  }, []);

  useEffect(() => {
    generation.current += 1;
    params.current = { query, sort, descending };
    loading.current.clear();
    // The old rows stay on screen until the first page of the new query replaces them.
    fetchPage(0, true);
  }, [query, sort, descending, version, fetchPage]);

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

  const updateRow = useCallback((id: number, change: Partial<AccountRow>) => {
    for (const [page, rows] of pages.current) {
      const at = rows.findIndex((row) => row.id === id);
      if (at < 0) continue;
      const next = [...rows];
      next[at] = { ...rows[at]!, ...change };
      pages.current.set(page, next);
    }
    setTick((tick) => tick + 1);
  }, []);

  return { total, shownQuery, error, rowAt, showRange, updateRow };
}
