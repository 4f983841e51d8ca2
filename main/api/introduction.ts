import { AppError } from '../../common/errors';
import { accountLabel } from '../analysis/explain';
import { draftIntroduction } from '../analysis/introduction';
import { FocusRepo } from '../db/focus-repo';
import { findPaths } from './paths';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

export function introductionHandlers(session: WorkspaceSession): HandlerSlice<'intro.draft'> {
  return {
    'intro.draft': ({ accountId, pathIndex }) => {
      const workspace = session.require();
      const { paths, prospect } = findPaths(workspace, accountId, Math.max(5, pathIndex + 1));
      const path = paths[pathIndex];
      if (!path)
        throw new AppError(
          'BAD_REQUEST',
          `There is no referral path #${pathIndex + 1} to ${accountLabel(prospect)}.`,
        );
      const focus = new FocusRepo(workspace.db);
      const topics = [
        ...focus.topTags(accountId, 3).map((t) => `#${t.tag}`),
        ...focus.topDomains(accountId, 2).map((d) => d.domain),
      ];
      const draft = draftIntroduction(
        path,
        prospect.name ?? accountLabel(prospect),
        topics,
        focus.senderName() ?? 'me',
      );
      return { ...draft, path, topics };
    },
  };
}
