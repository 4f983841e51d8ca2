import type { AccountRow, AccountSort } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { relationshipNoun } from '../people/relationships';

export interface Coverage {
  /** "1,180 of 3,400 followers imported (35%)" */
  full: string;
  /** "35% of followers imported", for a narrow column. */
  short: string;
}

/**
 * How much of an account's follower (or following) list the workspace holds. Null when the
 * count is unknown or nothing is imported.
 */
export function coverageOf(
  imported: number,
  count: number | null,
  list: 'followers' | 'following',
): Coverage | null {
  if (count === null || count <= 0 || imported <= 0) return null;
  const share = (imported / count) * 100;
  // Profile counts are a snapshot; the imported list can be newer and larger.
  const percent = share >= 100 ? '100%' : share < 1 ? '<1%' : `${Math.round(share)}%`;
  return {
    full: `${formatCount(imported)} of ${formatCount(count)} ${list} imported (${percent})`,
    short: `${percent} of ${list} imported`,
  };
}

export function coverageText(
  imported: number,
  count: number | null,
  list: 'followers' | 'following',
): string | null {
  return coverageOf(imported, count, list)?.full ?? null;
}

export function accountCoverage(account: AccountRow): Coverage[] {
  return [
    coverageOf(account.importedFollowers, account.followersCount, 'followers'),
    coverageOf(account.importedFollowing, account.followingCount, 'following'),
  ].filter((line): line is Coverage => line !== null);
}

/** The user's own contact behind this account: "Dana Lee · customer". */
export function contactText(account: Pick<AccountRow, 'personName' | 'relationship'>): string | null {
  if (!account.personName) return null;
  return account.relationship
    ? `${account.personName} · ${relationshipNoun(account.relationship)}`
    : account.personName;
}

const directions: Record<AccountSort, [ascending: string, descending: string]> = {
  followers: ['Fewest followers first', 'Most followers first'],
  name: ['Names A to Z', 'Names Z to A'],
  handle: ['Handles A to Z', 'Handles Z to A'],
  imported: ['Earliest imported first', 'Latest imported first'],
};

/** What the direction button currently does, in the terms of the chosen order. */
export function directionText(sort: AccountSort, descending: boolean): string {
  return directions[sort][descending ? 1 : 0];
}
