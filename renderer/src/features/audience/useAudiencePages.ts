import { useCallback, useEffect, useRef, useState } from 'react';
import type { AudienceFilterDto, AudienceList, AudienceRow } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';
import { pageSize, pagesInRange, pagesToForget } from '../accounts/accountPages';
import type { AudienceSort } from './audienceFilter';

export interface AudienceQuery {
  accountId: number;
  list: AudienceList;
  filter: AudienceFilterDto;
  /** filterToParams(filter): the filter's identity, so an equal filter does not refetch. */
  filterKey: string;
  sort: AudienceSort;
  descending: boolean;
  /** Moves on when categories, assignments or competitors change what the rows say. */
  version: number;
}

export interface AudiencePages {
  /** null until the first page of this query has arrived. */
  total: number | null;
  /** The filter the rows on screen belong to, to tell "loading" from "no matches". */
  shownKey: string;
  error: string | null;
  rowAt: (index: number) => AudienceRow | undefined;
  showRange: (first: number, last: number) => void;
}

/** Waits for a scrollbar drag to settle before asking for the pages under it. */
const settleMs = 60;

/**
 * A follower or followee list fetched a page (200 rows) at a time as the user scrolls, keeping
 * only the pages near the view, as the accounts list does: 100,000 rows cost what a few thousand do.
 */
export function useAudiencePages({
  accountId,
  list,
  filter,
  filterKey,
  sort,
  descending,
  version,
}: AudienceQuery): AudiencePages {
  const [, setTick] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [shownKey, setShownKey] = useState(filterKey);
  const [error, setError] = useState<string | null>(null);
  const pages = useRef(new Map<number, AudienceRow[]>());
  const loading = useRef(new Set<number>());
  // Answers to an older query arrive late and must not land in the new list.
  const generation = useRef(0);
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wanted = useRef<number[]>([]);
  const params = useRef({ accountId, list, filter, filterKey, sort, descending });

  const fetchPage = useCallback(function fetchPage(page: number, fresh = false) {
    const asked = generation.current;
    loading.current.add(page);
    const {
      accountId: id,
      list: which,
      filter: where,
      filterKey: key,
      sort: by,
      descending: down,
    } = params.current;
    api.audience
      .list({
        accountId: id,
        list: which,
        filter: where,
        sort: by,
        descending: down,
        offset: page * pageSize,
        limit: pageSize,
      })
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
        setShownKey(key);
        setError(null);
        setTick((tick) => tick + 1);
      })
      .catch((caught: unknown) => asked === generation.current && setError(describeError(caught)))
      .finally(() => asked === generation.current && loading.current.delete(page));
  }, []);

  useEffect(() => {
    generation.current += 1;
    params.current = { accountId, list, filter, filterKey, sort, descending };
    loading.current.clear();
    // A changed filter or order starts at the top; a refresh (version) keeps the place.
    fetchPage(0, true);
    // `filter` is represented by filterKey.
  }, [accountId, list, filterKey, sort, descending, version, fetchPage]);

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

  return { total, shownKey, error, rowAt, showRange };
}
