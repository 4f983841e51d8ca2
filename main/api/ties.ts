import { relationshipFileText, exportRelationships } from '../workspace/relationships-export';
import { personTie, setPersonTie } from '../workspace/relationships-ties';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

/**
 * A person's tie from the user's mail and calendars (issue 16), the user's own score for it, and
 * the relationship file a colleague can import: written to `outPath` (the CLI), or returned for
 * the page to save (the app).
 */
export function tieHandlers(
  session: WorkspaceSession,
): HandlerSlice<'people.tie' | 'people.setTie' | 'relationships.export'> {
  return {
    'people.tie': ({ personId }) => personTie(session.require(), personId),
    'people.setTie': ({ personId, score, why }) =>
      setPersonTie(session.require(), personId, score === null ? null : { score, why: why.trim() }),
    'relationships.export': ({ outPath }) =>
      outPath ? exportRelationships(session.require(), outPath) : relationshipFileText(session.require()),
  };
}
