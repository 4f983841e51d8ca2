import type { ReferralPathDto } from './dto';

/** The record a fact in a draft was built from: something the app can show. */
export type IntroFactRecord =
  | {
      kind: 'person';
      personId: number;
      field: 'relationship' | 'customerSince' | 'did' | 'says';
    }
  | { kind: 'follow'; followerId: number; followeeId: number }
  | { kind: 'interaction'; fromId: number; toId: number }
  | { kind: 'topic'; accountId: number; topic: string };

export interface IntroFactDto {
  /** The fact as the draft states it: "@acme_ceo follows @dana". */
  text: string;
  /** Where it comes from, in words: "follow record, from followers.json". */
  source: string;
  record: IntroFactRecord;
}

export type IntroDraftKind =
  /** To the prospect: your customer, whom they follow, has worked with you. */
  | 'bandwagon'
  /** To your person: please write to the prospect for me. */
  | 'ask-to-write'
  /** The ready text your person can send to the prospect. */
  | 'their-note'
  /** To the first person on a longer path: please pass me on. */
  | 'ask-bridge'
  /** The note they forward to the next person on the path. */
  | 'forwardable'
  /** To the prospect, when you are already connected. */
  | 'direct';

export interface IntroDraftDto {
  kind: IntroDraftKind;
  /** Who sends it ("You", or your person's name). */
  from: string;
  /** Who receives it: "Pat Acme (@acme_ceo)". */
  to: string;
  subject: string;
  body: string;
  /** Every fact the draft states, each from a record. */
  facts: IntroFactDto[];
  /** What the app does not know, left in the text as is ("[what you did for them]"). */
  placeholders: string[];
}

export interface IntroDraftsDto {
  path: ReferralPathDto;
  drafts: IntroDraftDto[];
}
