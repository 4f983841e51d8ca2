import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { migration012 } from './migrations/012_communications';
import { CommunicationsRepo } from './communications-repo';
import { CommunicationsWriteRepo, prepareCommunicationRemoval } from './communications-write-repo';
import { MatchKeysRepo } from './match-keys-repo';
import type { Db } from './sqlite';
import { EraseRepo } from './erase-repo';

/** Every migration up to 012 (whether or not 011 has landed yet). */
export function migrateWithCommunications(db: Db): void {
  const list = migrations.some((m) => m.version === 12)
    ? migrations
    : [...migrations.filter((m) => m.version < 12), migration012];
  migrate(db, list);
}

function workspace(): { db: Db; write: CommunicationsWriteRepo; read: CommunicationsRepo; source: number } {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateWithCommunications(db);
  db.exec(`
    INSERT INTO people(id, source_key, display_name, email, relationship, created_at) VALUES
      (1, 'dana@acme.example', 'Dana Scully', 'dana@acme.example', 'customer', '2026-01-01T00:00:00Z'),
      (2, 'linkedin.com/in/fox-mulder', 'Fox Mulder', NULL, 'colleague', '2026-01-01T00:00:00Z');
    UPDATE people SET profile_url = 'https://www.linkedin.com/in/fox-mulder/' WHERE id = 2;
    INSERT INTO sources(id, file_name, path, sha256, format, imported_at) VALUES
      (1, 'All mail.mbox', '/x', 'a', 'mbox', '2026-01-01'), (2, 'Other.mbox', '/y', 'b', 'mbox', '2026-01-02');
  `);
  new MatchKeysRepo(db).refresh();
  return { db, write: new CommunicationsWriteRepo(db), read: new CommunicationsRepo(db), source: 1 };
}

function message(
  write: CommunicationsWriteRepo,
  key: string,
  from: number,
  to: number[],
  direction: 'sent' | 'received',
  sentAt: string,
  source = 1,
  cc: number[] = [],
) {
  const saved = write.saveMessage(
    {
      channel: 'email',
      messageKey: key,
      sentAt,
      fromId: from,
      direction,
      inReplyTo: null,
      referencesCount: 0,
      threadKey: null,
      subject: null,
      automated: false,
    },
    source,
  );
  for (const id of to) write.addRecipient(saved.id, id, 'to');
  for (const id of cc) write.addRecipient(saved.id, id, 'cc');
  return saved;
}

describe('communications tables (migration 12)', () => {
  it('a person’s messages are found by the e-mail address their contact states, both ways', () => {
    const { write, read } = workspace();
    const me = write.correspondent({ channel: 'email', address: 'me@home.example' }).id;
    const dana = write.correspondent({ channel: 'email', address: 'dana@acme.example', name: 'Dana' }).id;
    message(write, 'a@x', me, [dana], 'sent', '2026-02-01T10:00:00.000Z');
    message(write, 'b@x', dana, [me], 'received', '2026-02-02T10:00:00.000Z');
    expect(read.messagesWith(1).map((m) => [m.direction, m.sentAt])).toEqual([
      ['sent', '2026-02-01T10:00:00.000Z'],
      ['received', '2026-02-02T10:00:00.000Z'],
    ]);
    expect(read.everyPersonsMessages()).toHaveLength(2);
  });

  it('a message in two mailboxes is stored once and stays until both imports are gone', () => {
    const { db, write, read } = workspace();
    const me = write.correspondent({ channel: 'email', address: 'me@home.example' }).id;
    const dana = write.correspondent({ channel: 'email', address: 'dana@acme.example' }).id;
    expect(message(write, 'same@x', dana, [me], 'received', '2026-02-02T10:00:00Z', 1).added).toBe(true);
    expect(message(write, 'same@x', dana, [me], 'received', '2026-02-02T10:00:00Z', 2).added).toBe(false);
    const remove = (id: number) => {
      const after = prepareCommunicationRemoval(db, id);
      db.prepare('DELETE FROM sources WHERE id = ?').run(id);
      after();
    };
    remove(1);
    expect(read.counts().messages).toBe(1);
    remove(2);
    expect(read.counts()).toEqual({ messages: 0, meetings: 0, correspondents: 0, invitations: 0 });
  });

  it('the first message naming a person tells who copied them in (source of introduction)', () => {
    const { write, read } = workspace();
    const me = write.correspondent({ channel: 'email', address: 'me@home.example' }).id;
    const bob = write.correspondent({ channel: 'email', address: 'bob@acme.example', name: 'Bob' }).id;
    const dana = write.correspondent({ channel: 'email', address: 'dana@acme.example' }).id;
    message(write, 'intro@x', bob, [me], 'received', '2025-05-01T09:00:00Z', 1, [dana]);
    message(write, 'later@x', dana, [me], 'received', '2025-06-01T09:00:00Z');
    const first = read.firstMessageWith(1)!;
    expect(first.from).toMatchObject({ address: 'bob@acme.example', name: 'Bob', personId: null });
    expect(first.cc.map((c) => c.personId)).toEqual([1]);
    expect(read.suggestedPeople().map((s) => s.address)).toEqual(['bob@acme.example']);
  });

  it('meetings: declined attendees do not count, nor meetings the user declined', () => {
    const { db, write, read } = workspace();
    const me = write.correspondent({ channel: 'email', address: 'me@home.example' }).id;
    const dana = write.correspondent({ channel: 'email', address: 'dana@acme.example' }).id;
    read.addOwnAddresses([{ channel: 'email', address: 'Me@Home.example' }], '2026-01-01');
    const meeting = (uid: string, mine: string, hers: string) => {
      const { id } = write.saveMeeting(
        {
          uid,
          startsAt: '2026-03-01T09:00:00.000Z',
          allDay: false,
          organizerId: null,
          status: null,
          title: null,
        },
        1,
      );
      write.addAttendee(id, me, mine);
      write.addAttendee(id, dana, hers);
    };
    meeting('one', 'ACCEPTED', 'ACCEPTED');
    meeting('two', 'ACCEPTED', 'DECLINED');
    meeting('three', 'DECLINED', 'ACCEPTED');
    expect(read.meetingsWith(1).map((m) => m.counts)).toEqual([true, false]);
    expect(read.everyPersonsMeetings()).toHaveLength(1);
    expect(db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(3);
  });

  it('a LinkedIn member is found by the profile their contact states', () => {
    const { write, read } = workspace();
    const fox = write.correspondent({
      channel: 'linkedin',
      address: 'linkedin.com/in/fox-mulder',
      matchKey: 'li:fox-mulder',
      name: 'Fox Mulder',
    }).id;
    write.saveInvitation('sent', fox, '2024-01-02T03:04:00.000Z', 1);
    expect(read.invitationsWith(2)).toEqual([{ direction: 'sent', sentAt: '2024-01-02T03:04:00.000Z' }]);
    expect(read.addressesOf(2).map((a) => a.address)).toEqual(['linkedin.com/in/fox-mulder']);
  });

  it('erasing a person removes their mail and meeting metadata, and keeps what others share', async () => {
    const { db, write, read } = workspace();
    const me = write.correspondent({ channel: 'email', address: 'me@home.example' }).id;
    const dana = write.correspondent({ channel: 'email', address: 'dana@acme.example', name: 'Dana' }).id;
    const bob = write.correspondent({ channel: 'email', address: 'bob@acme.example', name: 'Bob' }).id;
    message(write, 'to-dana@x', me, [dana], 'sent', '2026-02-01T10:00:00Z');
    message(write, 'to-both@x', me, [dana, bob], 'sent', '2026-02-02T10:00:00Z');
    message(write, 'from-dana@x', dana, [me], 'received', '2026-02-03T10:00:00Z');
    const { id: meeting } = write.saveMeeting(
      {
        uid: 'm',
        startsAt: '2026-03-01T09:00:00.000Z',
        allDay: false,
        organizerId: dana,
        status: null,
        title: null,
      },
      1,
    );
    write.addAttendee(meeting, bob, 'accepted');
    new EraseRepo(db).erase(
      { kind: 'person', sourceKey: 'dana@acme.example' },
      { notes: 'keep', linkedAccounts: false },
    );
    expect(db.prepare('SELECT message_key FROM messages ORDER BY id').pluck().all()).toEqual(['to-both@x']);
    expect(db.prepare('SELECT address FROM correspondents ORDER BY address').pluck().all()).toEqual([
      'bob@acme.example',
      'me@home.example',
    ]);
    expect(db.prepare('SELECT organizer_id FROM meetings').pluck().all()).toEqual([null]);
    expect(read.counts().meetings).toBe(1);
  });
});
