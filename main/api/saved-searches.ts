import type { SavedSearchDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import { parseSearchQuery, SearchSyntaxError } from '../analysis/search-query';
import { PursuitRepo } from '../db/pursuit-repo';
import { SavedSearchesRepo, type SavedSearchRow } from '../db/saved-searches-repo';
import { SearchRepo } from '../db/search-repo';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

type Methods =
  'searches.list' | 'searches.save' | 'searches.delete' | 'searches.markViewed' | 'searches.presets';

/** People asking for what the user sells. */
export const BUYING_INTENT_QUERY =
  '"looking for" OR "can anyone recommend" OR "any recommendations" OR "recommend a" OR "need a" OR "need help" OR "alternatives to" OR "switching from"';

function quoteAll(words: string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '')}"`).join(' OR ');
}

export function savedSearchHandlers(session: WorkspaceSession): HandlerSlice<Methods> {
  const counted = (row: SavedSearchRow): SavedSearchDto => {
    const search = new SearchRepo(session.require().db);
    const { lastSeenPostId, ...rest } = row;
    try {
      const parsed = parseSearchQuery(row.query);
      return {
        ...rest,
        total: search.countPosts(parsed),
        newMatches: search.countPosts(parsed, lastSeenPostId),
      };
    } catch {
      return { ...rest, total: 0, newMatches: 0 };
    }
  };
  const repo = () => new SavedSearchesRepo(session.require().db);
  return {
    'searches.list': () => repo().list().map(counted),
    'searches.save': ({ name, query }) => {
      try {
        parseSearchQuery(query);
      } catch (error) {
        if (error instanceof SearchSyntaxError) throw new AppError('SEARCH_SYNTAX', error.message);
        throw error;
      }
      const id = repo().save(name, query);
      return counted(
        repo()
          .list()
          .find((s) => s.id === id)!,
      );
    },
    'searches.delete': ({ id }) => {
      repo().remove(id);
      return null;
    },
    'searches.markViewed': ({ id }) => {
      repo().markViewed(id);
      return null;
    },
    'searches.presets': () => {
      const pursuit = new PursuitRepo(session.require().db).get();
      const presets = [{ name: 'Buying intent', query: BUYING_INTENT_QUERY }];
      if (pursuit.business.length)
        presets.push({ name: 'Mentions of your business', query: quoteAll(pursuit.business) });
      const rivals = [
        ...pursuit.competitors.keywords,
        ...pursuit.competitors.handles.map((h) => h.replace(/^@/, '')),
      ];
      if (rivals.length) presets.push({ name: 'Mentions of competitors', query: quoteAll(rivals) });
      return presets;
    },
  };
}
