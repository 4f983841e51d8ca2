import { nameAccountAs } from '../workspace/account-naming';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

/** Naming an account an import knew only by its id. */
export function accountNamingHandlers(session: WorkspaceSession): HandlerSlice<'accounts.name'> {
  return {
    'accounts.name': ({ accountId, handle }) => nameAccountAs(session.require(), accountId, handle),
  };
}
