import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../common/dto';
import { api } from '../../api';
import { useRevision } from '../../api/useRevision';
import { describeError } from '../../components/describeError';
import { isSyntaxError, searchPageSize, type SearchOrder, type SearchScopeChoice } from './searchText';

export interface SearchRequest {
  query: string;
  scope: SearchScopeChoice;
  order: SearchOrder;
}

export interface SearchState {
  /** The request the results on screen answer; null before the first search. */
  shown: SearchRequest | null;
  hits: SearchHit[];
  total: number;
  tookMs: number;
  /** Set when the server ranked a very common query among its newest matches only. */
  rankedAmong: number | undefined;
  /** Set when the server counted the matches only up to `total`. */
  totalIsAtLeast: boolean;
  loading: boolean;
  loadingMore: boolean;
  /** What is wrong with the query, in words: shown beside the box. */
  syntaxError: string | null;
  /** Anything else that failed. */
  error: string | null;
  loadMore: () => void;
}

/** Runs a search for each new request, a page at a time; late answers to old requests are dropped. */
export function useSearch(request: SearchRequest | null): SearchState {
  const [shown, setShown] = useState<SearchRequest | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [tookMs, setTookMs] = useState(0);
  const [rankedAmong, setRankedAmong] = useState<number | undefined>(undefined);
  const [totalIsAtLeast, setTotalIsAtLeast] = useState(false);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  // New posts or accounts may match: the same request is asked again, its answer kept meanwhile.
  const revision = useRevision(['records']);

  const fail = (caught: unknown) => {
    if (isSyntaxError(caught)) {
      setSyntaxError(caught.message);
      setError(null);
    } else {
      setError(describeError(caught));
      setSyntaxError(null);
    }
  };

  useEffect(() => {
    generation.current += 1;
    const asked = generation.current;
    if (!request) {
      setShown(null);
      setHits([]);
      setTotal(0);
      setSyntaxError(null);
      setError(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    api.search
      .run({ ...request, offset: 0, limit: searchPageSize })
      .then((result) => {
        if (asked !== generation.current) return;
        setShown(request);
        setHits(result.hits);
        setTotal(result.total);
        setTookMs(result.tookMs);
        setRankedAmong(result.rankedAmong);
        setTotalIsAtLeast(result.totalIsAtLeast ?? false);
        setSyntaxError(null);
        setError(null);
      })
      .catch((caught: unknown) => asked === generation.current && fail(caught))
      .finally(() => asked === generation.current && setLoading(false));
  }, [request, revision]);

  const loadMore = useCallback(() => {
    if (!shown || loadingMore || hits.length >= total) return;
    const asked = generation.current;
    setLoadingMore(true);
    api.search
      .run({ ...shown, offset: hits.length, limit: searchPageSize })
      .then((result) => {
        if (asked !== generation.current) return;
        const seen = new Set(hits.map((h) => `${h.scope}:${h.id}`));
        const fresh = result.hits.filter((h) => !seen.has(`${h.scope}:${h.id}`));
        setHits([...hits, ...fresh]);
        // Past the ranked window (or the counted matches) nothing more comes: the list is complete.
        setTotal(fresh.length ? result.total : hits.length);
      })
      .catch((caught: unknown) => asked === generation.current && fail(caught))
      .finally(() => asked === generation.current && setLoadingMore(false));
  }, [shown, loadingMore, hits, total]);

  return {
    shown,
    hits,
    total,
    tookMs,
    rankedAmong,
    totalIsAtLeast,
    loading,
    loadingMore,
    syntaxError,
    error,
    loadMore,
  };
}
