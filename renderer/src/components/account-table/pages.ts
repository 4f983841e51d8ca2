/** Rows per call of a paged list (accounts, followers, following): enough to fill a tall window several times over. */
export const pageSize = 200;

/** How many pages stay in memory; a 100,000-row list keeps only the region around the view. */
export const keptPages = 30;

/** The pages that hold rows `first`…`last` (inclusive). */
export function pagesInRange(first: number, last: number, size = pageSize): number[] {
  if (last < first || last < 0) return [];
  const pages: number[] = [];
  for (let page = Math.floor(Math.max(0, first) / size); page <= Math.floor(last / size); page += 1) {
    pages.push(page);
  }
  return pages;
}

/** Pages to forget when over the limit: the ones farthest from where the user is looking. */
export function pagesToForget(cached: readonly number[], around: number, keep = keptPages): number[] {
  if (cached.length <= keep) return [];
  return [...cached]
    .sort((a, b) => Math.abs(b - around) - Math.abs(a - around))
    .slice(0, cached.length - keep);
}
