/**
 * Records of a colleague's relationship file ("Bob's relationships", issue 16): whose network it
 * is, then one record per person in it. Names, match keys and tie scores only: no mail.
 */

/** The colleague who exported the file, with the keys that find them among the user's people. */
export interface ColleagueNetworkRecord {
  type: 'colleague-network';
  colleagueName: string;
  /** `e:<address>`, `li:<slug>`, `x:<handle>`, `bluesky:<handle>`, `mastodon:<user@host>`. */
  colleagueKeys: string[];
  /** When the colleague exported it (UTC ISO). */
  exportedAt: string;
}

/** One person the colleague knows, and how well (0–100). */
export interface ColleagueTieRecord {
  type: 'colleague-tie';
  /** The person's place in the file, from 0: keeps two people of one name apart. */
  index: number;
  name: string;
  keys: string[];
  score: number;
  asOf?: string;
}

export type RelationshipRecord = ColleagueNetworkRecord | ColleagueTieRecord;
