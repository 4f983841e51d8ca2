import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { useRevision } from '../../api/useRevision';
import { describeError } from '../../components/describeError';
import { sameRequest, type SearchAnswer, type SearchRequest } from './searchPlace';
import { isSyntaxError, searchPageSize } from './searchText';

export type { SearchRequest } from './searchPlace';

export interface SearchState {
  /** The results on screen; null before the first search and after a failed one. */
  answer: SearchAnswer | null;
  loading: boolean;
  loadingMore: boolean;
  /** What is wrong with the query, in words: shown beside the box. */
  syntaxError: string | null;
  /** Anything else that failed: shown instead of results, never above old ones. */
  error: string | null;
  /** "Load more" failed: the results above it stay. */
  moreError: string | null;
  loadMore: () => void;
}

/**
 * Runs a search for each new request, a page at a time; late answers to old requests are dropped.
 * `kept` is an answer remembered from before the view was left: shown at once, and asked again
 * only when it answers another request or an import made it stale.
 */
export function useSearch(
  request: SearchRequest | null,
  kept: { answer: SearchAnswer | null; fresh: boolean },
): SearchState {
  const [answer, setAnswer] = useState<SearchAnswer | null>(kept.answer);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const generation = useRef(0);
  const reuse = useRef(kept.fresh && sameRequest(kept.answer?.shown ?? null, request));
  // New posts or accounts may match: the same request is asked again, its answer kept meanwhile.
  const revision = useRevision(['records']);

  useEffect(() => {
    generation.current += 1;
    const asked = generation.current;
    setMoreError(null);
    if (reuse.current) {
      reuse.current = false;
      return;
    }
    if (!request) {
      setAnswer(null);
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
        setAnswer({
          shown: request,
          hits: result.hits,
          total: result.total,
          tookMs: result.tookMs,
          rankedAmong: result.rankedAmong,
          totalIsAtLeast: result.totalIsAtLeast ?? false,
        });
        setSyntaxError(null);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (asked !== generation.current) return;
        // The results on screen answer another query: they go, the problem takes their place.
        setAnswer(null);
        if (isSyntaxError(caught)) {
          setSyntaxError(caught.message);
          setError(null);
        } else {
          setError(describeError(caught));
          setSyntaxError(null);
        }
      })
      .finally(() => asked === generation.current && setLoading(false));
  }, [request, revision]);

  const loadMore = useCallback(() => {
    if (!answer || loadingMore || answer.hits.length >= answer.total) return;
    const asked = generation.current;
    const { hits } = answer;
    setLoadingMore(true);
    setMoreError(null);
    api.search
      .run({ ...answer.shown, offset: hits.length, limit: searchPageSize })
      .then((result) => {
        if (asked !== generation.current) return;
        const seen = new Set(hits.map((h) => `${h.scope}:${h.id}`));
        const fresh = result.hits.filter((h) => !seen.has(`${h.scope}:${h.id}`));
        // Past the ranked window (or the counted matches) nothing more comes: the list is complete.
        setAnswer({ ...answer, hits: [...hits, ...fresh], total: fresh.length ? result.total : hits.length });
      })
      .catch((caught: unknown) => asked === generation.current && setMoreError(describeError(caught)))
      .finally(() => asked === generation.current && setLoadingMore(false));
  }, [answer, loadingMore]);

  return { answer, loading, loadingMore, syntaxError, error, moreError, loadMore };
}
