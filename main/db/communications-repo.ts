import type { Db } from './sqlite';

/** Where a message went: e-mail, or LinkedIn's messages. */
export type Channel = 'email' | 'linkedin';
/** Relative to the user: `sent` by them, or `received` by them. */
export type Direction = 'sent' | 'received';

/** One message between the user and a person, as the tie and the person page read it. */
export interface MessageWithPerson {
  messageId: number;
  channel: Channel;
  /** UTC ISO; null when the message had no readable date. */
  sentAt: string | null;
  /** `sent`: the user wrote to the person; `received`: the person wrote to the user. */
  direction: Direction;
  /** For a message the user sent: whether the person was only copied. */
  copied: boolean;
  /** Whether it answers another message (In-Reply-To, or an earlier LinkedIn message in its conversation). */
  isReply: boolean;
  threadKey: string | null;
}

/** One meeting occurrence a person was at (or organised). */
export interface MeetingWithPerson {
  meetingId: number;
  /** UTC ISO, or `YYYY-MM-DD` for an all-day event. */
  startsAt: string;
  allDay: boolean;
  /** The person's PARTSTAT, lower-case (`accepted`, `tentative`, `needs-action`, `declined`), null for the organizer. */
  partstat: string | null;
  /** False when the person declined: a declined meeting does not count. */
  counts: boolean;
}

/** A row of the bulk readers: one message or meeting per person, for every person at once. */
export interface PersonMessageRow {
  personId: number;
  channel: Channel;
  sentAt: string | null;
  direction: Direction;
  isReply: boolean;
}

export interface PersonMeetingRow {
  personId: number;
  startsAt: string;
}

export interface CorrespondentRef {
  correspondentId: number;
  channel: Channel;
  address: string;
  name: string | null;
  /** The person it is, when the workspace has one. */
  personId: number | null;
}

/** The first message that named a person, and who else it named: who introduced them. */
export interface FirstMessage {
  messageId: number;
  sentAt: string | null;
  from: CorrespondentRef | null;
  to: CorrespondentRef[];
  cc: CorrespondentRef[];
}

/** A correspondent who is nobody's yet, with how much the user wrote with them: a suggested person. */
export interface SuggestedCorrespondent extends CorrespondentRef {
  messages: number;
  meetings: number;
  lastAt: string | null;
}

export interface OwnPosition {
  company: string;
  title: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface InvitationWithPerson {
  direction: Direction;
  sentAt: string | null;
}

/** A reply: In-Reply-To, or (LinkedIn, which has no ids) an earlier message the other way in its conversation. */
const IS_REPLY = `(m.in_reply_to IS NOT NULL OR (m.thread_key IS NOT NULL AND EXISTS (
  SELECT 1 FROM messages p WHERE p.thread_key = m.thread_key AND p.direction <> m.direction AND p.sent_at < m.sent_at)))`;

/** Messages the user exchanged with people: the person at the other end of each. */
const PERSON_MESSAGES = `
  SELECT cp.person_id AS personId, m.id AS messageId, m.channel, m.sent_at AS sentAt, m.direction,
    0 AS copied, ${IS_REPLY} AS isReply, m.thread_key AS threadKey
  FROM messages m JOIN correspondent_people cp ON cp.correspondent_id = m.from_id
  WHERE m.direction = 'received'
  UNION ALL
  SELECT cp.person_id, m.id, m.channel, m.sent_at, m.direction, r.kind = 'cc', ${IS_REPLY}, m.thread_key
  FROM messages m JOIN message_recipients r ON r.message_id = m.id
    JOIN correspondent_people cp ON cp.correspondent_id = r.correspondent_id
  WHERE m.direction = 'sent'`;

/** Meetings with people in them (as attendee or organizer), declined ones marked. */
const PERSON_MEETINGS = `
  SELECT cp.person_id AS personId, m.id AS meetingId, m.starts_at AS startsAt, m.all_day AS allDay,
    lower(a.partstat) AS partstat, coalesce(lower(a.partstat), '') <> 'declined' AS counts
  FROM meetings m JOIN meeting_attendees a ON a.meeting_id = m.id
    JOIN correspondent_people cp ON cp.correspondent_id = a.correspondent_id
  UNION ALL
  SELECT cp.person_id, m.id, m.starts_at, m.all_day, NULL, 1
  FROM meetings m JOIN correspondent_people cp ON cp.correspondent_id = m.organizer_id
  WHERE NOT EXISTS (SELECT 1 FROM meeting_attendees a2 JOIN correspondent_people cp2
    ON cp2.correspondent_id = a2.correspondent_id WHERE a2.meeting_id = m.id AND cp2.person_id = cp.person_id)`;

/** The meetings the user declined: they count for nobody. */
const DECLINED_BY_ME = `
  SELECT a.meeting_id FROM meeting_attendees a JOIN correspondents c ON c.id = a.correspondent_id
    JOIN own_addresses o ON o.channel = c.channel AND o.address = c.address
  WHERE lower(a.partstat) = 'declined'`;

const REF = `c.id AS correspondentId, c.channel, c.address, c.display_name AS name,
  (SELECT min(cp.person_id) FROM correspondent_people cp WHERE cp.correspondent_id = c.id) AS personId`;

function bool<T extends object>(row: T, ...fields: (keyof T)[]): T {
  for (const field of fields) (row as Record<keyof T, unknown>)[field] = Boolean(row[field]);
  return row;
}

/**
 * Reads the user's communication metadata (migration 012) by person: for the tie, the person
 * page's evidence and the source of introduction. A person's messages are the ones they sent the
 * user and the ones the user sent them (To or Cc), on every address and profile that is theirs.
 */
export class CommunicationsRepo {
  constructor(private readonly db: Db) {}

  /** Whether the workspace holds any communication metadata at all. */
  hasAny(): boolean {
    return (
      this.db.prepare('SELECT 1 FROM messages LIMIT 1').get() !== undefined ||
      this.db.prepare('SELECT 1 FROM meetings LIMIT 1').get() !== undefined
    );
  }

  /** Every message between the user and the person, oldest first (undated last). */
  messagesWith(personId: number): MessageWithPerson[] {
    return this.db
      .prepare<[number], MessageWithPerson & { personId: number }>(
        `SELECT DISTINCT messageId, channel, sentAt, direction, copied, isReply, threadKey
         FROM (${PERSON_MESSAGES}) WHERE personId = ? ORDER BY sentAt IS NULL, sentAt, messageId`,
      )
      .all(personId)
      .map((row) => bool(row, 'copied', 'isReply'));
  }

  /** Every meeting occurrence with the person, oldest first; the user's declined ones left out. */
  meetingsWith(personId: number): MeetingWithPerson[] {
    return this.db
      .prepare<[number], MeetingWithPerson>(
        `SELECT meetingId, startsAt, allDay, partstat, counts FROM (${PERSON_MEETINGS})
         WHERE personId = ? AND meetingId NOT IN (${DECLINED_BY_ME}) ORDER BY startsAt, meetingId`,
      )
      .all(personId)
      .map((row) => bool(row, 'allDay', 'counts'));
  }

  /** Every person's messages with the user, in one pass (for the tie of every person). */
  everyPersonsMessages(): PersonMessageRow[] {
    // Once per person and message (two of their addresses on one message count once), in no
    // order: DISTINCT and ORDER BY in SQL sorted every row twice, most of the cost at 200,000.
    const seen = new Set<string>();
    const rows: PersonMessageRow[] = [];
    const select = this.db.prepare<[], PersonMessageRow & { messageId: number }>(
      `SELECT personId, messageId, channel, sentAt, direction, isReply FROM (${PERSON_MESSAGES})`,
    );
    for (const { personId, messageId, channel, sentAt, direction, isReply } of select.iterate()) {
      const key = `${personId}:${messageId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ personId, channel, sentAt, direction, isReply: Boolean(isReply) });
    }
    return rows;
  }

  /** Every person's meetings that count (not declined by them or by the user), in one pass. */
  everyPersonsMeetings(): PersonMeetingRow[] {
    return this.db
      .prepare<[], PersonMeetingRow>(
        `SELECT DISTINCT personId, meetingId, startsAt FROM (${PERSON_MEETINGS})
         WHERE counts AND meetingId NOT IN (${DECLINED_BY_ME}) ORDER BY personId, startsAt`,
      )
      .all()
      .map(({ personId, startsAt }) => ({ personId, startsAt }));
  }

  /** The first dated message that named the person (From, To or Cc), with everyone on it. */
  firstMessageWith(personId: number): FirstMessage | null {
    const first = this.db
      .prepare<[number, number], { messageId: number; sentAt: string | null; fromId: number | null }>(
        `SELECT m.id AS messageId, m.sent_at AS sentAt, m.from_id AS fromId FROM messages m
         WHERE m.sent_at IS NOT NULL AND (
           m.from_id IN (SELECT correspondent_id FROM correspondent_people WHERE person_id = ?)
           OR m.id IN (SELECT r.message_id FROM message_recipients r JOIN correspondent_people cp
             ON cp.correspondent_id = r.correspondent_id WHERE cp.person_id = ?))
         ORDER BY m.sent_at, m.id LIMIT 1`,
      )
      .get(personId, personId);
    if (!first) return null;
    const recipients = this.db
      .prepare<[number], CorrespondentRef & { kind: 'to' | 'cc' }>(
        `SELECT ${REF}, r.kind FROM message_recipients r JOIN correspondents c ON c.id = r.correspondent_id
         WHERE r.message_id = ? ORDER BY c.address`,
      )
      .all(first.messageId);
    const strip = ({ kind: _kind, ...ref }: CorrespondentRef & { kind: string }) => ref;
    return {
      messageId: first.messageId,
      sentAt: first.sentAt,
      from: first.fromId === null ? null : (this.correspondentRef(first.fromId) ?? null),
      to: recipients.filter((r) => r.kind === 'to').map(strip),
      cc: recipients.filter((r) => r.kind === 'cc').map(strip),
    };
  }

  correspondentRef(id: number): CorrespondentRef | undefined {
    return this.db
      .prepare<[number], CorrespondentRef>(`SELECT ${REF} FROM correspondents c WHERE c.id = ?`)
      .get(id);
  }

  /** The person's addresses and LinkedIn profiles seen in the user's communication. */
  addressesOf(personId: number): CorrespondentRef[] {
    return this.db
      .prepare<[number], CorrespondentRef>(
        `SELECT ${REF} FROM correspondents c
         WHERE c.id IN (SELECT correspondent_id FROM correspondent_people WHERE person_id = ?) ORDER BY c.address`,
      )
      .all(personId);
  }

  /** LinkedIn invitations between the user and the person. */
  invitationsWith(personId: number): InvitationWithPerson[] {
    return this.db
      .prepare<[number], InvitationWithPerson>(
        `SELECT i.direction, i.sent_at AS sentAt FROM invitations i
         WHERE i.correspondent_id IN (SELECT correspondent_id FROM correspondent_people WHERE person_id = ?)
         ORDER BY i.sent_at`,
      )
      .all(personId);
  }

  /**
   * Correspondents who are nobody's yet and whom the user exchanged mail or met with, most
   * messages first: people to suggest, never created without the user.
   */
  suggestedPeople(limit = 100): SuggestedCorrespondent[] {
    return this.db
      .prepare<[number], SuggestedCorrespondent>(
        `WITH mine AS (
           SELECT m.from_id AS cid, m.sent_at AS at FROM messages m WHERE m.direction = 'received'
           UNION ALL
           SELECT r.correspondent_id, m.sent_at FROM messages m JOIN message_recipients r ON r.message_id = m.id
           WHERE m.direction = 'sent'),
         met AS (SELECT a.correspondent_id AS cid, count(*) AS n FROM meeting_attendees a GROUP BY a.correspondent_id)
         SELECT c.id AS correspondentId, c.channel, c.address, c.display_name AS name, NULL AS personId,
           count(mine.cid) AS messages, coalesce(met.n, 0) AS meetings, max(mine.at) AS lastAt
         FROM correspondents c LEFT JOIN mine ON mine.cid = c.id LEFT JOIN met ON met.cid = c.id
         WHERE NOT EXISTS (SELECT 1 FROM correspondent_people cp WHERE cp.correspondent_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM own_addresses o WHERE o.channel = c.channel AND o.address = c.address)
           -- Whoever sent what the user sent is the user (Gmail's Sent label says so before any confirmation).
           AND NOT EXISTS (SELECT 1 FROM messages s WHERE s.from_id = c.id AND s.direction = 'sent')
         GROUP BY c.id HAVING count(mine.cid) > 0 OR coalesce(met.n, 0) > 0
         ORDER BY messages DESC, meetings DESC, c.address LIMIT ?`,
      )
      .all(limit);
  }

  /** The addresses the user confirmed as theirs. */
  ownAddresses(): { channel: Channel; address: string }[] {
    return this.db
      .prepare<[], { channel: Channel; address: string }>(
        'SELECT channel, address FROM own_addresses ORDER BY channel, address',
      )
      .all();
  }

  /** Adds addresses the user confirmed as theirs (kept when imports are removed). */
  addOwnAddresses(addresses: { channel: Channel; address: string }[], at: string): void {
    const insert = this.db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO own_addresses(channel, address, added_at) VALUES (?, ?, ?)',
    );
    for (const { channel, address } of addresses) insert.run(channel, address.toLowerCase(), at);
  }

  /** The user's own employers and dates (LinkedIn Positions.csv), oldest first. */
  ownPositions(): OwnPosition[] {
    return this.db
      .prepare<[], OwnPosition>(
        `SELECT company, title, started_on AS startedOn, ended_on AS endedOn FROM own_positions
         ORDER BY started_on IS NULL, started_on, company`,
      )
      .all();
  }

  /** Counts for an overview: messages, meetings, correspondents. */
  counts(): { messages: number; meetings: number; correspondents: number; invitations: number } {
    return this.db
      .prepare<[], { messages: number; meetings: number; correspondents: number; invitations: number }>(
        `SELECT (SELECT count(*) FROM messages) AS messages, (SELECT count(*) FROM meetings) AS meetings,
           (SELECT count(*) FROM correspondents) AS correspondents, (SELECT count(*) FROM invitations) AS invitations`,
      )
      .get()!;
  }
}
