import type { InputSource } from './input';
import type { MailReadOptions } from './formats/mail-shared/mail-filter';
import type { AccountKey, ImportRecord, Relationship } from './records';

export const formatIds = [
  'x-archive',
  'x-api-v2',
  'twarc2',
  'twarc-csv',
  'snscrape',
  'mastodon',
  'bluesky-car',
  'linkedin-csv',
  'google-csv',
  'vcard',
  'mbox',
  'eml',
  'ics',
  'linkedin-activity',
  'relationships',
  'generic-csv',
] as const;
export type FormatId = (typeof formatIds)[number];

/** What a format recognised in an input, for the import dialog and the CLI. */
export interface Detection {
  format: FormatId;
  /** Human name of the format, e.g. "X archive (2020, tweet.js)". */
  label: string;
  /** One sentence on what is inside, e.g. "@denchi: 22 posts, 463 followers, 14 following, 17 likes". */
  summary: string;
  /** The archive owner or the list owner, when the file itself says. */
  owner?: AccountKey;
  /** Which of the owner's lists the file holds, when the file says (an API request URL). */
  ownerList?: 'followers' | 'following' | 'likes';
  /** What the dialog must ask before reading. */
  needs: {
    /** A followers/following list that does not say whose it is. */
    listOwner?: { list: 'followers' | 'following' | 'likes' };
    /** Contacts: which relationship the people have to the user. */
    relationship?: boolean;
    /** A CSV whose columns the user maps: its header and the guessed mapping. */
    columnMapping?: { header: string[]; shape: string; proposal: unknown; confident: boolean };
    /** The user's mail, calendar or LinkedIn activity: which addresses are theirs, what to leave out. */
    mail?: MailReview;
  };
  /** A rough count of records, for progress, when cheap to know. */
  estimatedRecords?: number;
}

/** What the import review shows for the user's own mail: read from the first messages only. */
export interface MailReview {
  /** Addresses prefilled as the user's own (Gmail's Sent senders, else the most frequent sender). */
  proposedOwn: string[];
  /** The most frequent senders of the messages looked at, for the user to pick from. */
  frequentSenders: { address: string; count: number }[];
  /** Messages looked at, and how many of them are automated (lists, bulk, no-reply). */
  sampled: number;
  automated: number;
}

export interface ReadOptions {
  /** Whose followers/following list this is, when the file does not say (`--of @handle`). */
  listOwner?: AccountKey;
  /** Relationship for people this import brings (contacts; the owner of an archive: default 'me'). */
  relationship?: Relationship;
  /** Generic CSV: which column holds which field (validated by that reader). */
  columnMapping?: unknown;
  /** Mail, calendar and LinkedIn activity: own addresses, exclusions, subjects (mail-filter.ts). */
  mail?: MailReadOptions;
}

export interface ReadContext {
  signal: AbortSignal;
  /** Progress in bytes (or records) read of a total, when known. */
  progress(done: number, total: number | null): void;
}

/** One import format: a cheap detector and a streaming reader of normalized records. */
export interface ImportFormat {
  id: FormatId;
  label: string;
  /**
   * Looks at the listing and the first bytes only; null when the input is not this format. Reads
   * content only: the same bytes are the same format whatever the file is named (a lone file's
   * name and extension decide nothing; entry names inside a folder or archive are its content).
   */
  detect(input: InputSource): Promise<Detection | null>;
  /**
   * Streams the records. Throws ImportFormatError naming file and record for bad input; yields
   * skip and warning records for what it leaves out but can live without.
   */
  read(input: InputSource, options: ReadOptions, ctx: ReadContext): AsyncIterable<ImportRecord>;
}
