import type { SavedSearchDto } from '../../common/dto';
import { parseSearchQuery } from '../analysis/search-query';
import type { SavedSearchRow } from '../db/saved-searches-repo';
import type { OpenWorkspace } from './open-workspace';
import { parsedQuery } from './search';

/**
 * People asking for what the user sells: questions and requests, phrased as people ask them.
 * Not "need a" or "looking for" alone: on the real samples they found "you need a new job", "need a
 * break" and traders "looking for shorts" (0 of 13 hits were buying intent).
 */
export const BUYING_INTENT_QUERY = [
  '"can anyone recommend"',
  '"can you recommend"',
  '"anyone recommend"',
  '"any recommendations"',
  '"recommendations for"',
  '"recommend a good"',
  '"does anyone know"',
  '"anyone know a"',
  '"anyone know of"',
  '"has anyone used"',
  '"anyone tried"',
  '"what do you use for"',
  '"what tool"',
  '"which tool"',
  '"is there a tool"',
  '"is there an app"',
  '"is there a service"',
  '"looking for a tool"',
  '"looking for recommendations"',
  '"looking for a good"',
  '"alternatives to"',
  '"alternative to"',
  '"switching from"',
  '"any suggestions"',
  '"suggestions for"',
].join(' OR ');

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

/** Ready-made searches: buying intent, mentions of the user's business, competitors by @mention and by name. */
export function searchPresets(workspace: OpenWorkspace): { name: string; query: string }[] {
  const pursuit = workspace.pursuit.get();
  const presets = [{ name: 'Buying intent', query: BUYING_INTENT_QUERY }];
  if (pursuit.business.length)
    presets.push({ name: 'Mentions of your business', query: quoteAll(pursuit.business) });
  // A handle is a mention (to:), never a word: @close would otherwise find every "close".
  const handles = pursuit.competitors.handles.map((h) => h.trim().replace(/^@/, '')).filter(Boolean);
  if (handles.length)
    presets.push({ name: 'Competitors mentioned', query: `to:${handles.map((h) => `@${h}`).join(',')}` });
  if (pursuit.competitors.keywords.length)
    presets.push({ name: 'Competitors named', query: quoteAll(pursuit.competitors.keywords) });
  return presets;
}
