import { setProspectOrganisation } from '../workspace/prospect-organisation';
import { findPaths } from '../workspace/referral-paths';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function pathHandlers(
  session: WorkspaceSession,
): HandlerSlice<'paths.find' | 'paths.setOrganisation'> {
  return {
    'paths.find': ({ accountId, limit, ...filters }) =>
      findPaths(session.require(), accountId, limit, filters),
    'paths.setOrganisation': ({ accountId, organisation }) => {
      setProspectOrganisation(session.require(), accountId, organisation);
      return null;
    },
  };
}
