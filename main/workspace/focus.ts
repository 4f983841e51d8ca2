import type { FocusDto, PostDto } from '../../common/dto';
import { analyseFocus } from '../analysis/focus';
import type { OpenWorkspace } from './open-workspace';

/** What the account posts and likes about, read in the user's time zone. */
export function focusOf(workspace: OpenWorkspace, accountId: number, timeZone: string): FocusDto {
  workspace.requireAccount(accountId);
  const repo = workspace.focus;
  return {
    ...analyseFocus(repo.postsOf(accountId), repo.likesOf(accountId), repo.background(), timeZone),
    timeZone,
  };
}

export function postsByIds(workspace: OpenWorkspace, ids: number[]): PostDto[] {
  return workspace.posts.byIds(ids);
}
