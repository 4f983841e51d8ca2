import { runSearch } from '../workspace/search';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function searchHandlers(session: WorkspaceSession): HandlerSlice<'search.run'> {
  return { 'search.run': (request) => runSearch(session.require(), request) };
}
