import type { ParsedArgs } from '../../common/api';
import type { SearchResultDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import { parseSearchQuery, SearchSyntaxError, type SearchQuery } from '../analysis/search-query';
import { SubstringSearch } from '../db/substring-search';
import type { OpenWorkspace } from './open-workspace';

/** The query parsed, or SEARCH_SYNTAX with the parser's words. */
export function parsedQuery(query: string): SearchQuery {
  try {
    return parseSearchQuery(query);
  } catch (error) {
    if (error instanceof SearchSyntaxError) throw new AppError('SEARCH_SYNTAX', error.message);
    throw error;
  }
}

export type SearchRequest = ParsedArgs<'search.run'>;

/** One page of posts, people or notes matching the query. */
export function runSearch(workspace: OpenWorkspace, request: SearchRequest): SearchResultDto {
  const { scope, order, offset, limit } = request;
  const parsed = parsedQuery(request.query);
  const repo = workspace.search;
  if (scope === 'accounts' || scope === 'notes') {
    if (parsed.text) {
      // Words unicode61 cannot split (Chinese, Japanese, Korean) are matched as substrings.
      const substrings = new SubstringSearch(workspace.db);
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
}
