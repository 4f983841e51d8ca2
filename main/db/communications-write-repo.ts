import type { Channel, Direction } from './communications-repo';
import type { Db } from './sqlite';

/** An address or LinkedIn member as a record names it (see CommunicationRecord). */
export interface CorrespondentColumns {
  channel: Channel;
  address: string;
  matchKey?: string;
  name?: string;
}

/** A message as an import states it. */
export interface MessageColumns {
  channel: Channel;
  messageKey: string;
  sentAt: string | null;
  fromId: number | null;
  direction: Direction;
  inReplyTo: string | null;
  referencesCount: number;
  threadKey: string | null;
  subject: string | null;
  automated: boolean;
}

export interface MeetingColumns {
  uid: string;
  startsAt: string;
  allDay: boolean;
  organizerId: number | null;
  status: string | null;
  title: string | null;
}

/** A row an import saved: its id, and whether this import created it. */
export interface SavedRow {
  id: number;
  added: boolean;
}

/**
 * How the import writer stores the user's communication metadata (migration 012). Every row is
 * tied to the import that brought it, so removing the import takes exactly what only it brought.
 */
export class CommunicationsWriteRepo {
  private readonly findCorrespondent;
  private readonly insertCorrespondent;
  private readonly nameCorrespondent;
  private readonly insertMessage;
  private readonly messageId;
  private readonly fillSubject;
  private readonly linkMessage;
  private readonly insertRecipient;
  private readonly insertMeeting;
  private readonly meetingId;
  private readonly linkMeeting;
  private readonly insertAttendee;
  private readonly invitationId;
  private readonly insertInvitation;
  private readonly linkInvitation;
  private readonly positionId;
  private readonly insertPosition;
  private readonly linkPosition;

  constructor(db: Db) {
    this.findCorrespondent = db
      .prepare<[string, string], number>('SELECT id FROM correspondents WHERE channel = ? AND address = ?')
      .pluck();
    this.insertCorrespondent = db
      .prepare<[string, string, string | null, string], number>(
        'INSERT INTO correspondents(channel, address, display_name, match_key) VALUES (?, ?, ?, ?) RETURNING id',
      )
      .pluck();
    this.nameCorrespondent = db.prepare<[string, number, string]>(
      'UPDATE correspondents SET display_name = ? WHERE id = ? AND display_name IS NOT ?',
    );
    this.insertMessage = db
      .prepare<
        [
          string,
          string,
          string | null,
          number | null,
          string,
          string | null,
          number,
          string | null,
          string | null,
          number,
        ],
        number
      >(
        `INSERT INTO messages(channel, message_key, sent_at, from_id, direction, in_reply_to, references_count,
           thread_key, subject, is_automated)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_key) DO NOTHING RETURNING id`,
      )
      .pluck();
    this.messageId = db.prepare<[string], number>('SELECT id FROM messages WHERE message_key = ?').pluck();
    this.fillSubject = db.prepare<[string, number]>(
      'UPDATE messages SET subject = ? WHERE id = ? AND subject IS NULL',
    );
    this.linkMessage = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO message_sources(message_id, source_id) VALUES (?, ?)',
    );
    this.insertRecipient = db.prepare<[number, number, string]>(
      'INSERT OR IGNORE INTO message_recipients(message_id, correspondent_id, kind) VALUES (?, ?, ?)',
    );
    this.insertMeeting = db
      .prepare<[string, string, number, number | null, string | null, string | null], number>(
        `INSERT INTO meetings(uid, starts_at, all_day, organizer_id, status, title) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (uid, starts_at) DO NOTHING RETURNING id`,
      )
      .pluck();
    this.meetingId = db
      .prepare<[string, string], number>('SELECT id FROM meetings WHERE uid = ? AND starts_at = ?')
      .pluck();
    this.linkMeeting = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO meeting_sources(meeting_id, source_id) VALUES (?, ?)',
    );
    this.insertAttendee = db.prepare<[number, number, string | null]>(
      'INSERT OR IGNORE INTO meeting_attendees(meeting_id, correspondent_id, partstat) VALUES (?, ?, ?)',
    );
    this.invitationId = db
      .prepare<[string, number, string | null], number>(
        'SELECT id FROM invitations WHERE direction = ? AND correspondent_id = ? AND sent_at IS ?',
      )
      .pluck();
    this.insertInvitation = db
      .prepare<[string, number, string | null], number>(
        'INSERT INTO invitations(direction, correspondent_id, sent_at) VALUES (?, ?, ?) RETURNING id',
      )
      .pluck();
    this.linkInvitation = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO invitation_sources(invitation_id, source_id) VALUES (?, ?)',
    );
    this.positionId = db
      .prepare<[string, string | null, string | null], number>(
        'SELECT id FROM own_positions WHERE company = ? AND title IS ? AND started_on IS ?',
      )
      .pluck();
    this.insertPosition = db
      .prepare<[string, string | null, string | null, string | null], number>(
        'INSERT INTO own_positions(company, title, started_on, ended_on) VALUES (?, ?, ?, ?) RETURNING id',
      )
      .pluck();
    this.linkPosition = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO own_position_sources(position_id, source_id) VALUES (?, ?)',
    );
  }

  /** The correspondent's id, created when new; a stated name replaces the one kept. */
  correspondent(who: CorrespondentColumns): { id: number; added: boolean } {
    const found = this.findCorrespondent.get(who.channel, who.address);
    if (found !== undefined) {
      if (who.name) this.nameCorrespondent.run(who.name, found, who.name);
      return { id: found, added: false };
    }
    const matchKey = who.matchKey ?? `${who.channel === 'email' ? 'e' : 'li'}:${who.address}`;
    return {
      id: this.insertCorrespondent.get(who.channel, who.address, who.name ?? null, matchKey)!,
      added: true,
    };
  }

  /** Saves a message once per workspace (by its key) and ties it to the import. */
  saveMessage(message: MessageColumns, sourceId: number): SavedRow {
    const inserted = this.insertMessage.get(
      message.channel,
      message.messageKey,
      message.sentAt,
      message.fromId,
      message.direction,
      message.inReplyTo,
      message.referencesCount,
      message.threadKey,
      message.subject,
      message.automated ? 1 : 0,
    );
    const id = inserted ?? this.messageId.get(message.messageKey)!;
    if (inserted === undefined && message.subject) this.fillSubject.run(message.subject, id);
    this.linkMessage.run(id, sourceId);
    return { id, added: inserted !== undefined };
  }

  addRecipient(messageId: number, correspondentId: number, kind: 'to' | 'cc'): void {
    this.insertRecipient.run(messageId, correspondentId, kind);
  }

  saveMeeting(meeting: MeetingColumns, sourceId: number): SavedRow {
    const inserted = this.insertMeeting.get(
      meeting.uid,
      meeting.startsAt,
      meeting.allDay ? 1 : 0,
      meeting.organizerId,
      meeting.status,
      meeting.title,
    );
    const id = inserted ?? this.meetingId.get(meeting.uid, meeting.startsAt)!;
    this.linkMeeting.run(id, sourceId);
    return { id, added: inserted !== undefined };
  }

  addAttendee(meetingId: number, correspondentId: number, partstat: string | null): void {
    this.insertAttendee.run(meetingId, correspondentId, partstat);
  }

  saveInvitation(
    direction: Direction,
    correspondentId: number,
    sentAt: string | null,
    sourceId: number,
  ): SavedRow {
    const found = this.invitationId.get(direction, correspondentId, sentAt);
    const id = found ?? this.insertInvitation.get(direction, correspondentId, sentAt)!;
    this.linkInvitation.run(id, sourceId);
    return { id, added: found === undefined };
  }

  saveOwnPosition(
    position: { company: string; title: string | null; startedOn: string | null; endedOn: string | null },
    sourceId: number,
  ): SavedRow {
    const found = this.positionId.get(position.company, position.title, position.startedOn);
    const id =
      found ??
      this.insertPosition.get(position.company, position.title, position.startedOn, position.endedOn)!;
    this.linkPosition.run(id, sourceId);
    return { id, added: found === undefined };
  }
}

const KINDS = [
  { table: 'messages', sources: 'message_sources', column: 'message_id' },
  { table: 'meetings', sources: 'meeting_sources', column: 'meeting_id' },
  { table: 'invitations', sources: 'invitation_sources', column: 'invitation_id' },
  { table: 'own_positions', sources: 'own_position_sources', column: 'position_id' },
] as const;

/**
 * Removing an import (removal-repo.ts): call before its source row is deleted; the function it
 * returns, called after, deletes the communication rows only that import held, then the
 * correspondents nothing names any more. An import without such rows costs four index looks.
 */
export function prepareCommunicationRemoval(
  db: Db,
  sourceId: number,
): () => { messages: number; meetings: number } {
  const held = KINDS.filter(
    (k) => db.prepare(`SELECT 1 FROM ${k.sources} WHERE source_id = ? LIMIT 1`).get(sourceId) !== undefined,
  );
  if (held.length === 0) return () => ({ messages: 0, meetings: 0 });
  for (const k of held) {
    db.exec(`DROP TABLE IF EXISTS temp.gone_${k.table}`);
    db.prepare(
      `CREATE TEMP TABLE gone_${k.table} AS SELECT ${k.column} AS id FROM ${k.sources} WHERE source_id = ?`,
    ).run(sourceId);
  }
  return () => {
    const removed = { messages: 0, meetings: 0 };
    for (const k of held) {
      const changes = db
        .prepare(
          `DELETE FROM ${k.table} WHERE id IN (SELECT id FROM temp.gone_${k.table})
           AND NOT EXISTS (SELECT 1 FROM ${k.sources} s WHERE s.${k.column} = ${k.table}.id)`,
        )
        .run().changes;
      if (k.table === 'messages' || k.table === 'meetings') removed[k.table] = changes;
      db.exec(`DROP TABLE temp.gone_${k.table}`);
    }
    removeUnnamedCorrespondents(db);
    return removed;
  };
}

/** Correspondents no message, meeting or invitation names any more (kept: ones the user attached). */
export function removeUnnamedCorrespondents(db: Db): number {
  return db
    .prepare(
      `DELETE FROM correspondents WHERE person_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.from_id = correspondents.id)
       AND NOT EXISTS (SELECT 1 FROM message_recipients r WHERE r.correspondent_id = correspondents.id)
       AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.organizer_id = correspondents.id)
       AND NOT EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.correspondent_id = correspondents.id)
       AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.correspondent_id = correspondents.id)`,
    )
    .run().changes;
}

/**
 * Erasing a person (erase-repo.ts): their addresses and LinkedIn profiles, the messages they sent
 * the user, them as a recipient (and the user's messages to them alone), their place at meetings
 * and the invitations with them. Meetings and messages with others stay, without them.
 */
export function eraseCommunicationsOf(db: Db, personId: number): number {
  const ids = JSON.stringify(
    db
      .prepare<[number], number>('SELECT correspondent_id FROM correspondent_people WHERE person_id = ?')
      .pluck()
      .all(personId),
  );
  const them = '(SELECT value FROM json_each(?))';
  let changes = db.prepare(`DELETE FROM messages WHERE from_id IN ${them}`).run(ids).changes;
  db.prepare(`DELETE FROM message_recipients WHERE correspondent_id IN ${them}`).run(ids);
  changes += db
    .prepare(
      `DELETE FROM messages WHERE direction = 'sent'
       AND NOT EXISTS (SELECT 1 FROM message_recipients r WHERE r.message_id = messages.id)`,
    )
    .run().changes;
  db.prepare(`DELETE FROM meeting_attendees WHERE correspondent_id IN ${them}`).run(ids);
  db.prepare(`UPDATE meetings SET organizer_id = NULL WHERE organizer_id IN ${them}`).run(ids);
  db.prepare(`DELETE FROM invitations WHERE correspondent_id IN ${them}`).run(ids);
  db.prepare(`DELETE FROM correspondents WHERE id IN ${them}`).run(ids);
  return changes;
}
