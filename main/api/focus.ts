import { AppError } from '../../common/errors';
import { analyseFocus } from '../analysis/focus';
import { FocusRepo } from '../db/focus-repo';
import { PostsRepo } from '../db/posts-repo';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

export function focusHandlers(session: WorkspaceSession): HandlerSlice<'focus.get' | 'posts.get'> {
  return {
    'focus.get': ({ accountId, timeZone }) => {
      const workspace = session.require();
      if (!workspace.accounts.brief(accountId))
        throw new AppError('BAD_REQUEST', `There is no account #${accountId}.`);
      const repo = new FocusRepo(workspace.db);
      return {
        ...analyseFocus(repo.postsOf(accountId), repo.likesOf(accountId), repo.background(), timeZone),
        timeZone,
      };
    },
    'posts.get': ({ ids }) => new PostsRepo(session.require().db).byIds(ids),
  };
}
