import { AppError } from '../../common/errors';
import { parseSearchQuery, SearchSyntaxError } from '../analysis/search-query';
import { SearchRepo } from '../db/search-repo';
import { SubstringSearch } from '../db/substring-search';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

export function searchHandlers(session: WorkspaceSession): HandlerSlice<'search.run'> {
  return {
    'search.run': ({ query, scope, order, offset, limit }) => {
      const repo = new SearchRepo(session.require().db);
      let parsed;
      try {
        parsed = parseSearchQuery(query);
      } catch (error) {
        if (error instanceof SearchSyntaxError) throw new AppError('SEARCH_SYNTAX', error.message);
        throw error;
      }
      if (scope === 'accounts' || scope === 'notes') {
        if (parsed.text) {
          const substrings = new SubstringSearch(session.require().db);
          return scope === 'accounts'
            ? substrings.accounts(parsed.text, offset, limit)
            : substrings.notes(parsed.text, offset, limit);
        }
        if (!parsed.match)
          throw new AppError('SEARCH_SYNTAX', 'Searching people or notes needs words to look for.');
        return scope === 'accounts'
          ? repo.accounts(parsed.match, offset, limit)
          : repo.notes(parsed.match, offset, limit);
      }
      return repo.posts(parsed, order, offset, limit);
    },
  };
}
