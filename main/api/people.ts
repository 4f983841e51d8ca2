import { personDetail, updatePerson } from '../workspace/people';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

/** The People view and CLI: list, show and edit the user's contacts. */
export function peopleHandlers(
  session: WorkspaceSession,
): HandlerSlice<'people.list' | 'people.get' | 'people.update'> {
  return {
    'people.list': (query) => session.require().peopleList.page(query),
    'people.get': ({ id }) => personDetail(session.require(), id),
    'people.update': ({ id, ...edit }) => updatePerson(session.require(), id, edit),
  };
}
