import type { IntroDraftsDto } from '../../common/introductions';
import { AppError } from '../../common/errors';
import { accountLabel } from '../analysis/explain';
import { draftIntroductions } from '../analysis/introductions/drafts';
import type { OpenWorkspace } from './open-workspace';
import { findPaths } from './referral-paths';

/** Which path to draft for: its rank (0 is the best), or the best one through an account. */
export type PathChoice = { pathIndex: number } | { viaAccountId: number };

// "--via" looks among this many paths: the most paths.find shows.
const VIA_SEARCH = 20;

/** The introduction drafts for one referral path to the prospect, from what the workspace holds. */
export function introductionDrafts(
  workspace: OpenWorkspace,
  accountId: number,
  choice: PathChoice,
): IntroDraftsDto {
  const limit = 'pathIndex' in choice ? Math.max(5, choice.pathIndex + 1) : VIA_SEARCH;
  const { paths, prospect } = findPaths(workspace, accountId, limit);
  const path =
    'pathIndex' in choice
      ? paths[choice.pathIndex]
      : paths.find(
          (p) =>
            p.start.account.id === choice.viaAccountId ||
            p.hops.slice(0, -1).some((hop) => hop.to.id === choice.viaAccountId),
        );
  if (!path) {
    const to = accountLabel(prospect);
    throw new AppError(
      'BAD_REQUEST',
      'pathIndex' in choice
        ? `There is no referral path #${choice.pathIndex + 1} to ${to}.`
        : `None of the ${VIA_SEARCH} best referral paths to ${to} goes through ${accountLabel(workspace.requireAccount(choice.viaAccountId))}.`,
    );
  }

  const mine = path.start.relationship === 'me';
  const facts = workspace.personFacts;
  const sources = workspace.introFacts;
  const topics = [
    ...workspace.focus.topTags(accountId, 3).map((t) => ({ label: `#${t.tag}`, posts: t.count })),
    ...workspace.focus.topDomains(accountId, 2).map((d) => ({ label: d.domain, posts: d.count })),
  ];
  const followFiles = path.hops.flatMap((hop) =>
    [
      [hop.from.id, hop.to.id],
      [hop.to.id, hop.from.id],
    ].map(([followerId, followeeId]) => ({
      followerId: followerId!,
      followeeId: followeeId!,
      files: sources.followFiles(followerId!, followeeId!),
    })),
  );
  const drafts = draftIntroductions({
    path,
    prospect,
    senderName: workspace.focus.senderName() ?? null,
    startFacts: mine ? null : facts.get(path.start.personId),
    sinceIsConnectedOn: !mine && !facts.edited(path.start.personId),
    topics,
    followFiles,
  });
  return { path, drafts };
}
