import type { InputSource } from './input';
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
  };
  /** A rough count of records, for progress, when cheap to know. */
  estimatedRecords?: number;
}

export interface ReadOptions {
  /** Whose followers/following list this is, when the file does not say (`--of @handle`). */
  listOwner?: AccountKey;
  /** Relationship for people this import brings (contacts; the owner of an archive: default 'me'). */
  relationship?: Relationship;
  /** Generic CSV: which column holds which field (validated by that reader). */
  columnMapping?: unknown;
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
