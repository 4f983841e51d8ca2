import type { SavedSearchDto } from '../../common/dto';
import { parseSearchQuery } from '../analysis/search-query';
import type { SavedSearchRow } from '../db/saved-searches-repo';
import type { OpenWorkspace } from './open-workspace';
import { parsedQuery } from './search';

/** People asking for what the user sells. */
export const BUYING_INTENT_QUERY =
  '"looking for" OR "can anyone recommend" OR "any recommendations" OR "recommend a" OR "need a" OR "need help" OR "alternatives to" OR "switching from"';

function quoteAll(words: string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '')}"`).join(' OR ');
}

/** A saved search with how many posts match it, and how many arrived since it was last viewed. */
export function countedSearch(workspace: OpenWorkspace, row: SavedSearchRow): SavedSearchDto {
  const { lastSeenPostId, ...rest } = row;
  try {
    const parsed = parseSearchQuery(row.query);
    return {
      ...rest,
      total: workspace.search.countPosts(parsed),
      newMatches: workspace.search.countPosts(parsed, lastSeenPostId),
    };
  } catch {
    // Saved before the syntax changed: shown, with nothing matched, rather than failing the list.
    return { ...rest, total: 0, newMatches: 0 };
  }
}

export function savedSearches(workspace: OpenWorkspace): SavedSearchDto[] {
  return workspace.savedSearches.list().map((row) => countedSearch(workspace, row));
}

export function saveSearch(workspace: OpenWorkspace, name: string, query: string): SavedSearchDto {
  parsedQuery(query);
  const id = workspace.savedSearches.save(name, query);
  return countedSearch(
    workspace,
    workspace.savedSearches.list().find((s) => s.id === id)!,
  );
}

/** Ready-made searches: buying intent, and mentions of the user's business and competitors. */
export function searchPresets(workspace: OpenWorkspace): { name: string; query: string }[] {
  const pursuit = workspace.pursuit.get();
  const presets = [{ name: 'Buying intent', query: BUYING_INTENT_QUERY }];
  if (pursuit.business.length)
    presets.push({ name: 'Mentions of your business', query: quoteAll(pursuit.business) });
  const rivals = [
    ...pursuit.competitors.keywords,
    ...pursuit.competitors.handles.map((h) => h.replace(/^@/, '')),
  ];
  if (rivals.length) presets.push({ name: 'Mentions of competitors', query: quoteAll(rivals) });
  return presets;
}
