import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type Methods =
  'accounts.list' | 'accounts.get' | 'accounts.find' | 'people.links' | 'people.link' | 'people.unlink';

export function accountHandlers(session: WorkspaceSession): HandlerSlice<Methods> {
  const decide = (personId: number, accountId: number, status: 'confirmed' | 'rejected') => {
    const workspace = session.require();
    workspace.requireAccount(accountId);
    workspace.requirePerson(personId);
    workspace.people.decide(personId, accountId, status);
    return workspace.people.link(personId, accountId)!;
  };
  return {
    'accounts.list': ({ query, sort, descending, offset, limit }) =>
      session.require().accounts.page(query, sort, descending, offset, limit),
    'accounts.find': ({ ref }) => session.require().accounts.find(ref),
    'accounts.get': ({ id }) => session.require().accounts.byId(id),
    'people.links': ({ status }) => session.require().people.links(status),
    'people.link': ({ personId, accountId }) => decide(personId, accountId, 'confirmed'),
    'people.unlink': ({ personId, accountId }) => decide(personId, accountId, 'rejected'),
  };
}
