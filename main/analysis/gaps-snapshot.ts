import type { DataWayDto } from '../../common/gaps-dto';
import type { Relationship } from '../../common/relationships';
import {
  blueskyFollowersNote,
  blueskyRepoWay,
  linkedInWay,
  mastodonOthersNote,
  twarcWay,
  type GuideTarget,
  type XList,
} from './data-guide';

/** What the gap analysis reads (plain data the repository gathers), and the ways to get a list. */

/** Below this share of the stated count a list is partial (a list fetched a week apart differs a little). */
export const COMPLETE_SHARE = 0.9;

export interface ImportedPart {
  count: number;
  /** Captured (or imported) date of the newest import holding it, ISO. */
  newestImportAt: string | null;
}

export interface GapsAccount {
  accountId: number;
  network: string;
  handle: string | null;
  name: string | null;
  externalId: string;
  followersCount: number | null;
  followingCount: number | null;
  postsCount: number | null;
}

/** One confirmed account of one of the user's people, with how much of its lists is imported. */
export interface PersonAccount extends GapsAccount {
  personId: number;
  personName: string;
  relationship: Relationship;
  importedFollowing: number;
  importedFollowers: number;
}

/** Everything the analysis reads, as the repository gathered it: plain data. */
export interface GapsSnapshot {
  prospect: GapsAccount;
  posts: ImportedPart;
  likes: ImportedPart;
  followers: ImportedPart;
  following: ImportedPart;
  peopleAccounts: PersonAccount[];
  /** People (not 'me') with no confirmed account: their networks cannot be used yet. */
  peopleWithoutAccount: number;
  /** Imports of the user's own archives (owner linked to a 'me' person). */
  ownArchive: ImportedPart;
  contacts: ImportedPart;
  /** null: this workspace has no such table (this version cannot import it). */
  mail: ImportedPart | null;
  calendar: ImportedPart | null;
}

/** An X id is numeric, a Bluesky id a DID; a stand-in (`handle:dana`) is no id. */
export function networkIdOf(account: Pick<GapsAccount, 'network' | 'externalId'>): string | null {
  if (account.network === 'x' && /^\d+$/.test(account.externalId)) return account.externalId;
  if (account.network === 'bluesky' && account.externalId.startsWith('did:')) return account.externalId;
  return null;
}

export function guideTarget(account: GapsAccount, records: number): GuideTarget {
  return { network: account.network, handle: account.handle, networkId: networkIdOf(account), records };
}

/** The ways to get one of an account's lists on its network, best first. */
export function waysForList(account: GapsAccount, list: XList, records: number): DataWayDto[] {
  const target = guideTarget(account, records);
  switch (account.network) {
    case 'x':
      return [twarcWay(list, target)];
    case 'bluesky':
      return list === 'followers' ? [blueskyFollowersNote(target)] : [blueskyRepoWay(target)];
    case 'mastodon':
      return [mastodonOthersNote()];
    default:
      return [linkedInWay(true)];
  }
}
