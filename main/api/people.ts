import { personDetail, updatePerson } from '../workspace/people';
import {
  mergePeople,
  personDuplicates,
  personMerges,
  rejectDuplicate,
  unmergePeople,
} from '../workspace/person-merges';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

/** The People view and CLI: list, show and edit the user's contacts, and merge their duplicates. */
export function peopleHandlers(
  session: WorkspaceSession,
): HandlerSlice<
  | 'people.list'
  | 'people.get'
  | 'people.update'
  | 'people.duplicates'
  | 'people.merge'
  | 'people.unmerge'
  | 'people.merges'
  | 'people.rejectDuplicate'
> {
  return {
    'people.list': (query) => session.require().peopleList.page(query),
    'people.get': ({ id }) => personDetail(session.require(), id),
    'people.update': ({ id, ...edit }) => updatePerson(session.require(), id, edit),
    'people.duplicates': () => personDuplicates(session.require()),
    'people.merge': (request) => mergePeople(session.require(), request),
    'people.unmerge': ({ mergeId }) => unmergePeople(session.require(), mergeId),
    'people.merges': ({ personId }) => personMerges(session.require(), personId),
    'people.rejectDuplicate': ({ personId, otherId }) => {
      rejectDuplicate(session.require(), personId, otherId);
      return null;
    },
  };
}
