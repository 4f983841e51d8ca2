import type { IntroductionDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import { accountLabel } from '../analysis/explain';
import { draftIntroduction } from '../analysis/introduction';
import type { OpenWorkspace } from './open-workspace';
import { findPaths } from './referral-paths';

/** A draft introduction along the prospect's path number `pathIndex` (0 is the best). */
export function introductionDraft(
  workspace: OpenWorkspace,
  accountId: number,
  pathIndex: number,
): IntroductionDto {
  const { paths, prospect } = findPaths(workspace, accountId, Math.max(5, pathIndex + 1));
  const path = paths[pathIndex];
  if (!path)
    throw new AppError(
      'BAD_REQUEST',
      `There is no referral path #${pathIndex + 1} to ${accountLabel(prospect)}.`,
    );
  const focus = workspace.focus;
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
}
