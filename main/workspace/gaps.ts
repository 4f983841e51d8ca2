import { AppError } from '../../common/errors';
import type { GapsDto } from '../../common/gaps-dto';
import { analyseGaps } from '../analysis/gaps';
import { GapsRepo } from '../db/gaps-repo';
import type { OpenWorkspace } from './open-workspace';

/** What the workspace lacks for one prospect and how to get it; reads only, never the network. */
export function gapsOf(
  workspace: OpenWorkspace,
  accountId: number,
  options: { staleAfterDays?: number; now?: Date } = {},
): GapsDto {
  const snapshot = new GapsRepo(workspace.db).snapshot(accountId);
  if (!snapshot) throw new AppError('BAD_REQUEST', `There is no account #${accountId}.`);
  return analyseGaps(snapshot, {
    now: options.now ?? new Date(),
    ...(options.staleAfterDays === undefined ? {} : { staleAfterDays: options.staleAfterDays }),
  });
}
