import { personTie, setPersonTie } from '../workspace/relationships-ties';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

/** A person's tie from the user's mail and calendars (issue 16), and the user's own score for it. */
export function tieHandlers(session: WorkspaceSession): HandlerSlice<'people.tie' | 'people.setTie'> {
  return {
    'people.tie': ({ personId }) => personTie(session.require(), personId),
    'people.setTie': ({ personId, score, why }) =>
      setPersonTie(session.require(), personId, score === null ? null : { score, why: why.trim() }),
  };
}
