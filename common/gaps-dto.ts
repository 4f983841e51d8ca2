/** What a prospect's workspace lacks, and how the user can get it themselves (issue 18). */

/** Imports older than this count as stale until the user sets another number of days. */
export const DEFAULT_STALE_DAYS = 90;

/** One kind of data the panel looks at. */
export type GapKind =
  'posts' | 'likes' | 'followers' | 'following' | 'network' | 'ownArchive' | 'contacts' | 'mail' | 'calendar';

/** missing: nothing imported; partial: fewer than the profile states; ok: imported (or as much as is known). */
export type GapStatus = 'missing' | 'partial' | 'ok';

/** What fetching the missing records through the X API would cost, from the guide's dated price table. */
export interface CostEstimateDto {
  records: number;
  dollars: number;
  /** Under the rate limits of the same table. */
  minutes: number;
  /** The day the prices were checked (YYYY-MM-DD). */
  pricesChecked: string;
  /** In words: "About $38.20 for 3,820 follower records at $0.01 each (prices as of …)". */
  text: string;
}

/** One way to get a piece of data: steps in words, commands to copy, the file it makes. */
export interface DataWayDto {
  id: string;
  title: string;
  steps: string[];
  /** Each one a line to paste into a terminal or a browser, filled in with what the workspace knows. */
  commands: string[];
  /** What the file will be called. */
  fileName: string;
  /** What the file holds, and what it does not. */
  holds: string;
  lacks?: string;
  cost?: CostEstimateDto;
}

export interface GapItemDto {
  kind: GapKind;
  label: string;
  status: GapStatus;
  /** Older than the stale setting. */
  stale: boolean;
  imported: number;
  /** The count the profile states, when known. */
  stated: number | null;
  /** imported / stated, 0–1, when the stated count is known. */
  coverage: number | null;
  /** When the newest import of it was captured (or imported), ISO. */
  newestImportAt: string | null;
  /** One line: "1,180 of 3,400 followers imported (35%), newest from 2026-08-01". */
  summary: string;
  ways: DataWayDto[];
}

/** A gap worth filling for the inside track, with how many accounts it would let the app check. */
export interface GapSuggestionDto {
  kind: 'followers' | 'following' | 'network';
  text: string;
  /** Accounts it would add (the estimate the ranking uses before the relationship's weight). */
  accounts: number;
  score: number;
  personId?: number;
  accountId: number;
  ways: DataWayDto[];
}

export interface GapsDto {
  prospect: {
    accountId: number;
    network: string;
    handle: string | null;
    name: string | null;
    /** The network's numeric id (X) or DID (Bluesky), when the workspace knows it. */
    networkId: string | null;
  };
  /** When the guide's texts and prices were last checked (YYYY-MM-DD). */
  guideChecked: string;
  staleAfterDays: number;
  items: GapItemDto[];
  suggestions: GapSuggestionDto[];
}
