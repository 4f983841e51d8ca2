import type { DataKind } from '../../../../common/data-kinds';
import type { SearchHit } from '../../../../common/dto';
import type { SearchOrder, SearchScopeChoice } from './searchText';

export interface SearchRequest {
  query: string;
  scope: SearchScopeChoice;
  order: SearchOrder;
}

/** The results on screen and the request they answer. */
export interface SearchAnswer {
  shown: SearchRequest;
  hits: SearchHit[];
  total: number;
  tookMs: number;
  /** Set when the server ranked a very common query among its newest matches only. */
  rankedAmong: number | undefined;
  /** Set when the server counted the matches only up to `total`. */
  totalIsAtLeast: boolean;
}

/** Where the user left Search: what they typed, their filters, the results and how far they scrolled. */
export interface SearchPlace {
  text: string;
  committed: string;
  scope: SearchScopeChoice;
  order: SearchOrder;
  activeSavedId: number | null;
  scrollTop: number;
  answer: SearchAnswer | null;
  /** False once an import may have changed what matches: the answer is shown and asked again. */
  fresh: boolean;
}

const empty: SearchPlace = {
  text: '',
  committed: '',
  scope: 'posts',
  order: 'relevance',
  activeSavedId: null,
  scrollTop: 0,
  answer: null,
  fresh: true,
};

export function sameRequest(a: SearchRequest | null, b: SearchRequest | null): boolean {
  return a !== null && b !== null && a.query === b.query && a.scope === b.scope && a.order === b.order;
}

/**
 * The place Search was left in, kept outside the view: switching views unmounts it, and the user
 * comes back to the same query, filters, results and scroll. Another workspace starts afresh.
 */
export function createSearchPlaces() {
  let place: SearchPlace | null = null;
  return {
    current: (): SearchPlace | null => place,
    remember(change: Partial<SearchPlace>): void {
      place = { ...(place ?? empty), ...change };
    },
    /** What changed in the workspace: new records may match the remembered query. */
    revised(changed: readonly DataKind[]): void {
      if (place && changed.includes('records')) place = { ...place, fresh: false };
    },
    workspaceChanged(): void {
      place = null;
    },
  };
}
