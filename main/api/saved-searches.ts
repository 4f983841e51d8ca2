import { savedSearches, saveSearch, searchPresets } from '../workspace/saved-searches';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type Methods =
  'searches.list' | 'searches.save' | 'searches.delete' | 'searches.markViewed' | 'searches.presets';

export function savedSearchHandlers(session: WorkspaceSession): HandlerSlice<Methods> {
  return {
    'searches.list': () => savedSearches(session.require()),
    'searches.save': ({ name, query }) => saveSearch(session.require(), name, query),
    'searches.delete': ({ id }) => {
      session.require().savedSearches.remove(id);
      return null;
    },
    'searches.markViewed': ({ id }) => {
      session.require().savedSearches.markViewed(id);
      return null;
    },
    'searches.presets': () => searchPresets(session.require()),
  };
}
