import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommunicationsRepo } from '../db/communications-repo';
import { MatchKeysRepo } from '../db/match-keys-repo';
import { removeSource } from '../db/removal-repo';
import type { Db } from '../db/sqlite';
import { createWorkspaceFile } from '../db/workspace-file';
import { useTempDir } from '../test-support/temp-dir';
import { runImport, type ImportRequest } from './pipeline';
import { refreshProfile } from './writer';

const tempDir = useTempDir();
const SAMPLES = join(__dirname, '..', '..', '..', 'shared', 'samples');
const PERL = join(SAMPLES, 'mail', 'mbox', 'perl-mail-box-1999-2000.mbox');
const STARRED = join(SAMPLES, 'mail', 'gmail-takeout-scovottodavide-2022', 'Starred.mbox');
const ZIMBRA = join(SAMPLES, 'calendar', 'zimbra-recur_instances.ics');

const ctx = () => ({ signal: new AbortController().signal, progress: () => {} });

function workspace(): Db {
  return createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
}

function importFile(db: Db, path: string, extra: Partial<ImportRequest> = {}) {
  return runImport(db, { path, ...extra }, ctx());
}

/** Every row the communications tables hold, for comparing a workspace before and after. */
function communicationRows(db: Db): Record<string, number> {
  const tables = [
    'correspondents',
    'messages',
    'message_recipients',
    'message_sources',
    'meetings',
    'meeting_attendees',
    'meeting_sources',
    'invitations',
    'own_positions',
  ];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  );
}

describe('importing the user’s own mail and calendar (issue 16)', () => {
  it('perl-mail-box-1999-2000.mbox: headers only, list mail left out by default, and the report says what was kept', async () => {
    const db = workspace();
    const summary = await importFile(db, PERL, { mail: { ownAddresses: ['markov@atcomputing.nl'] } });
    const rows = communicationRows(db);
    expect(rows.messages).toBeGreaterThan(0);
    expect(rows.messages).toBeLessThan(45);
    expect(summary.kept).toMatch(
      /^Kept: \d+ messages’ headers with \d+ correspondents; bodies, attachments and subjects were not kept; 2\d automated messages left out\.$/,
    );
    expect(db.prepare('SELECT count(*) FROM messages WHERE subject IS NOT NULL').pluck().get()).toBe(0);
    expect(new CommunicationsRepo(db).ownAddresses()).toEqual([
      { channel: 'email', address: 'markov@atcomputing.nl' },
    ]);
  });

  it('keeps subjects only when asked, and mailing lists when asked', async () => {
    const db = workspace();
    await importFile(db, PERL, { mail: { includeAutomated: true, keepSubjects: true } });
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(44);
    expect(
      db.prepare('SELECT count(*) FROM messages WHERE subject IS NOT NULL').pluck().get(),
    ).toBeGreaterThan(40);
  });

  it('never stores an excluded address or domain', async () => {
    const db = workspace();
    await importFile(db, PERL, {
      mail: { includeAutomated: true, exclude: ['wizards.dupont.com', 'parkw@better.net'] },
    });
    const stored = db.prepare<[], string>('SELECT address FROM correspondents').pluck().all();
    expect(stored.filter((a) => a.endsWith('wizards.dupont.com') || a === 'parkw@better.net')).toEqual([]);
    const optionsJson = db.prepare<[], string>('SELECT options_json FROM sources').pluck().get()!;
    expect(optionsJson).not.toContain('dupont');
    expect(optionsJson).not.toContain('parkw');
  });

  it('a message in two mailboxes counts once, and removing either import keeps it', async () => {
    const db = workspace();
    const dir = tempDir();
    const copy = join(dir, 'copy.mbox');
    // Other bytes (a blank line first), so it is not "the same file again".
    writeFileSync(copy, Buffer.concat([Buffer.from('\r\n'), readFileSync(STARRED)]));
    const first = await importFile(db, STARRED);
    const second = await importFile(db, copy);
    expect(second.kept).toContain('1 message already in the workspace counted once');
    expect(communicationRows(db).messages).toBe(1);
    removeSource(db, first.sourceId!, refreshProfile);
    expect(communicationRows(db).messages).toBe(1);
    removeSource(db, second.sourceId!, refreshProfile);
    expect(Object.values(communicationRows(db)).every((n) => n === 0)).toBe(true);
  });

  it('removing a mail import takes exactly what it brought and nothing an earlier import holds', async () => {
    const db = workspace();
    await importFile(db, ZIMBRA, { mail: { today: '2013-06-01T00:00:00Z' } });
    const before = communicationRows(db);
    const mail = await importFile(db, PERL, { mail: { includeAutomated: true } });
    expect(communicationRows(db)).not.toEqual(before);
    removeSource(db, mail.sourceId!, refreshProfile);
    expect(communicationRows(db)).toEqual(before);
  });

  it('a correspondent who is a contact is that person’s; one who is not is suggested', async () => {
    const db = workspace();
    await importFile(db, STARRED);
    db.exec(`INSERT INTO people(source_key, display_name, email, relationship, created_at)
      VALUES ('albertosolavagione30@gmail.com', 'Alberto Solavagione', 'albertosolavagione30@gmail.com', 'colleague', '2026-01-01')`);
    new MatchKeysRepo(db).refresh();
    const repo = new CommunicationsRepo(db);
    const alberto = db
      .prepare<[], number>("SELECT id FROM people WHERE display_name = 'Alberto Solavagione'")
      .pluck()
      .get()!;
    expect(repo.messagesWith(alberto)).toMatchObject([{ direction: 'sent', copied: true }]);
    expect(repo.suggestedPeople().map((s) => s.address)).toEqual([]);
  });

  it('importing the same mailbox again changes nothing', async () => {
    const db = workspace();
    await importFile(db, PERL);
    const before = communicationRows(db);
    const again = await importFile(db, PERL);
    expect(again.alreadyImportedAt).toBeDefined();
    expect(communicationRows(db)).toEqual(before);
  });

  it('a LinkedIn data export brings the connections and, with them, the messages and invitations', async () => {
    const db = workspace();
    const folder = join(tempDir(), 'Basic_LinkedInDataExport');
    mkdirSync(folder);
    copyFileSync(
      join(SAMPLES, 'contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
      join(folder, 'Connections.csv'),
    );
    for (const name of ['messages.csv', 'Invitations.csv']) {
      copyFileSync(join(SAMPLES, 'linkedin-export', 'igorglamazdin-2026', name), join(folder, name));
    }
    const summary = await importFile(db, folder, { relationship: 'other' });
    expect(summary.format).toBe('linkedin-csv');
    expect(summary.read.people).toBeGreaterThan(1500);
    expect(communicationRows(db)).toMatchObject({ messages: 379, invitations: 138 });
    expect(summary.kept).toMatch(
      /^Kept: 379 messages’ headers with \d+ correspondents; .*; 138 LinkedIn invitations; 88 automated messages left out\.$/,
    );
  });
});
