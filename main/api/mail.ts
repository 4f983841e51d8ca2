import { suggestedPeople } from '../workspace/mail-suggestions';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

/** The user's own mail (issue 16): the correspondents it suggests as people. */
export function mailHandlers(session: WorkspaceSession): HandlerSlice<'mail.suggestedPeople'> {
  return {
    'mail.suggestedPeople': ({ limit }) => suggestedPeople(session.require(), limit),
  };
}
