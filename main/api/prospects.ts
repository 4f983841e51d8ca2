import { AppError } from '../../common/errors';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

export function prospectHandlers(
  session: WorkspaceSession,
): HandlerSlice<'prospects.list' | 'prospects.add' | 'prospects.remove'> {
  return {
    'prospects.list': () => session.require().prospects.list(),
    'prospects.add': ({ accountId }) => {
      const { prospects } = session.require();
      if (!prospects.accountExists(accountId))
        throw new AppError('BAD_REQUEST', `There is no account #${accountId}.`);
      return prospects.add(accountId)!;
    },
    'prospects.remove': ({ accountId }) => {
      session.require().prospects.remove(accountId);
      return null;
    },
  };
}
