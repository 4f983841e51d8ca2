/**
 * Records of the user's own communication (issue 16): metadata only. A reader yields them; the
 * import writer stores them in the communications tables (migration 012). No body, attachment or
 * message text ever reaches a record; a subject or meeting title only when the user asked for it.
 */

export type Channel = 'email' | 'linkedin';

/** One e-mail address (lower-case) or LinkedIn member (`linkedin.com/in/<slug>`, or `name:<name>`). */
export interface Correspondent {
  channel: Channel;
  address: string;
  /** The lookup key people have for it (`e:<address>`, `li:<slug>`), when there is one. */
  matchKey?: string;
  name?: string;
}

export type Direction = 'sent' | 'received';

/** One message's headers, or one LinkedIn message's who and when. */
export interface MessageRecord {
  type: 'message';
  channel: Channel;
  /** Message-ID without its angle brackets, or a digest of sender, date and recipients. */
  messageKey: string;
  sentAt?: string;
  from?: Correspondent;
  to: Correspondent[];
  cc: Correspondent[];
  direction: Direction;
  inReplyTo?: string;
  referencesCount: number;
  /** LinkedIn's conversation id. */
  threadKey?: string;
  /** Only when the user chose to keep subjects. */
  subject?: string;
  /** List-Id, Precedence: bulk/list/junk, Auto-Submitted or a no-reply sender. */
  automated: boolean;
}

/** One occurrence of a calendar event (a series' occurrences are one record each). */
export interface MeetingRecord {
  type: 'meeting';
  uid: string;
  /** UTC ISO, or `YYYY-MM-DD` for an all-day event. */
  startsAt: string;
  allDay: boolean;
  organizer?: Correspondent;
  /** Lower-case STATUS (`confirmed`, `tentative`); cancelled occurrences are never yielded. */
  status?: string;
  /** Only when the user chose to keep subjects. */
  title?: string;
  attendees: { who: Correspondent; partstat?: string }[];
}

/** A LinkedIn invitation the user sent or received. */
export interface InvitationRecord {
  type: 'invitation';
  direction: Direction;
  other: Correspondent;
  sentAt?: string;
}

/** One of the user's own positions (LinkedIn Positions.csv). Months as `YYYY-MM`. */
export interface OwnPositionRecord {
  type: 'own-position';
  company: string;
  title?: string;
  startedOn?: string;
  endedOn?: string;
}

export type CommunicationRecord = MessageRecord | MeetingRecord | InvitationRecord | OwnPositionRecord;
