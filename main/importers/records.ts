/**
 * The normalized records every format reader yields. The import writer turns them into rows;
 * readers never touch the database. Ids are strings end to end, never JavaScript numbers.
 */

export type Network = 'x' | 'bluesky' | 'mastodon';

import type { Relationship } from '../../common/relationships';
import type { CommunicationRecord } from './communication-records';
import type { RelationshipRecord } from './relationship-records';

export { RELATIONSHIPS as relationships, type Relationship } from '../../common/relationships';

/**
 * How a reader names an account. `id` is the network's stable id (X numeric id, Bluesky DID,
 * Mastodon actor URI); `handle` is the screen name / handle / `user@domain` address. At least one
 * is set. An account known only by handle is merged when a later record brings its id.
 */
export interface AccountKey {
  network: Network;
  id?: string;
  handle?: string;
}

/** What a file says about an account's profile, as of `observedAt` (newest wins on merge). */
export interface AccountRecord {
  type: 'account';
  key: AccountKey;
  name?: string;
  bio?: string;
  location?: string;
  url?: string;
  followersCount?: number;
  followingCount?: number;
  postsCount?: number;
  /** When the account was created on the network (UTC ISO). */
  createdAt?: string;
  /** When this profile data was captured (UTC ISO), if the file says. */
  observedAt?: string;
}

export interface FollowRecord {
  type: 'follow';
  follower: AccountKey;
  followee: AccountKey;
}

export type PostKind = 'post' | 'reply' | 'repost' | 'quote';

export interface PostRecord {
  type: 'post';
  network: Network;
  id: string;
  author?: AccountKey;
  createdAt?: string;
  text: string;
  kind: PostKind;
  replyToPostId?: string;
  replyToAccount?: AccountKey;
  /** The reposted or quoted post's id. */
  referencedPostId?: string;
  lang?: string;
  likeCount?: number;
  repostCount?: number;
  replyCount?: number;
  quoteCount?: number;
  mentions?: AccountKey[];
  /** Without the leading '#'. */
  tags?: string[];
  /** Expanded URLs. */
  links?: string[];
}

export interface LikeRecord {
  type: 'like';
  account: AccountKey;
  /** The liked post; text and author when the file has them (X archive likes have no author). */
  post: {
    network: Network;
    id: string;
    text?: string;
    author?: AccountKey;
    url?: string;
    createdAt?: string;
  };
  likedAt?: string;
}

export type LinkStatus = 'confirmed' | 'suggested';

/** One of the user's own contacts (or the user: relationship 'me'). */
export interface PersonRecord {
  type: 'person';
  /** Stable within the file (e.g. e-mail, profile URL or row number), so re-imports merge. */
  sourceKey: string;
  displayName: string;
  company?: string;
  position?: string;
  email?: string;
  /** Per-import default when absent. */
  relationship?: Relationship;
  /** Accounts that are this person: confirmed when the record states them, suggested otherwise. */
  accounts?: { key: AccountKey; status: LinkStatus; evidence: string }[];
  connectedOn?: string;
  /** Where they live, as the record states it ("Málaga, Spain"). */
  location?: string;
  /** Their LinkedIn page ("linkedin.com/in/ada"), kept even when the e-mail keys them. */
  profileUrl?: string;
}

/** Something left out, counted in the import summary ("3 likes without an id"). */
export interface SkipRecord {
  type: 'skip';
  reason: string;
  /** File and record/line, for the user. */
  where?: string;
}

/** A non-fatal problem worth showing (partial API errors, a cut-off last line). */
export interface WarningRecord {
  type: 'warning';
  message: string;
  where?: string;
}

/** Facts about the import as a whole: whose data it is and when it was captured. */
export interface SourceInfoRecord {
  type: 'source-info';
  /** The account whose archive or list this is. */
  owner?: AccountKey;
  capturedAt?: string;
}

export type ImportRecord =
  | AccountRecord
  | FollowRecord
  | PostRecord
  | LikeRecord
  | PersonRecord
  | SkipRecord
  | WarningRecord
  | SourceInfoRecord
  | CommunicationRecord
  | RelationshipRecord;
