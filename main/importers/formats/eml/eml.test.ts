import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../communication-records';
import { openInput } from '../../input';
import type { ImportRecord } from '../../records';
import type { MailReadOptions } from '../mail-shared/mail-filter';
import { useTempDir } from '../../../test-support/temp-dir';
import { detectFormat } from '../../../ingest/pipeline';
import { emlFormat } from '.';

const EML = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'samples', 'mail', 'eml');
const tempDir = useTempDir();
const ME = { ownAddresses: ['me@home.example'] };

async function read(path: string, mail: MailReadOptions = ME): Promise<ImportRecord[]> {
  const input = await openInput(path);
  const records: ImportRecord[] = [];
  try {
    const ctx = { signal: new AbortController().signal, progress: () => {} };
    for await (const record of emlFormat.read(input, { mail }, ctx)) records.push(record);
  } finally {
    input.close();
  }
  return records;
}

async function one(
  name: string,
  mail: MailReadOptions = { ...ME, includeAutomated: true },
): Promise<MessageRecord> {
  const [record] = (await read(join(EML, name), mail)).filter((r) => r.type === 'message');
  return record as MessageRecord;
}

describe('.eml: every real sample', () => {
  it.each([
    'lkml-outlook-RE-multiline-cc.eml',
    'notmuch-aur-reply-latin1-from.eml',
    'notmuch-broken-duplicate-cc.eml',
    'notmuch-encoded-subject.eml',
    'notmuch-list-reply-cc.eml',
    'thunderbird-google-meet-invite.eml',
    'thunderbird-outlook-invite.eml',
  ])('%s is detected by its content as a mail message', async (name) => {
    const input = await openInput(join(EML, name));
    expect((await detectFormat(input))?.format.id).toBe('eml');
    input.close();
  });

  it('a folder of them is one import of 7 messages', async () => {
    const input = await openInput(EML);
    expect((await emlFormat.detect(input))?.estimatedRecords).toBe(7);
    input.close();
    const records = await read(EML, { ...ME, includeAutomated: true });
    expect(records.filter((r) => r.type === 'message')).toHaveLength(7);
  });

  it('lkml-outlook-RE-multiline-cc.eml: a comma inside a quoted name, a 4-line folded Cc', async () => {
    const message = await one('lkml-outlook-RE-multiline-cc.eml');
    expect(message.from?.name).toBe('Bounine, Alexandre');
    expect(message.to).toHaveLength(2);
    expect(message.cc.length).toBeGreaterThanOrEqual(4);
    expect(message.cc.every((c) => c.address.includes('@') && !c.address.includes(' '))).toBe(true);
  });

  it('notmuch-aur-reply-latin1-from.eml: an ISO-8859-1 encoded word inside quotes (RFC 2047)', async () => {
    const message = await one('notmuch-aur-reply-latin1-from.eml');
    expect(message.from?.name).toBe('François Boulogne');
    expect(message.inReplyTo).toBeDefined();
    expect(message.referencesCount).toBe(2);
  });

  it('notmuch-broken-duplicate-cc.eml: both Cc and cc are read', async () => {
    const message = await one('notmuch-broken-duplicate-cc.eml');
    expect(message.cc.length).toBeGreaterThanOrEqual(2);
  });

  it('notmuch-encoded-subject.eml: the subject is kept (decoded) only when asked', async () => {
    expect(await one('notmuch-encoded-subject.eml')).not.toHaveProperty('subject');
    const kept = await one('notmuch-encoded-subject.eml', { ...ME, keepSubjects: true });
    expect(kept.subject).toBe('Essai accentué');
  });

  it('notmuch-list-reply-cc.eml: a Mailman list reply (List-Id, Precedence: list) is left out by default', async () => {
    const records = await read(join(EML, 'notmuch-list-reply-cc.eml'));
    expect(records).toEqual([
      expect.objectContaining({ type: 'skip', reason: expect.stringContaining('automated') }),
    ]);
  });

  it('the invitation e-mails are read for their headers only (the calendar parts are body)', async () => {
    const message = await one('thunderbird-google-meet-invite.eml');
    expect(message.from?.address).toBeDefined();
    expect(JSON.stringify(message)).not.toContain('VCALENDAR');
  });
});

describe('.eml: bad input', () => {
  it('a .eml in a folder that is not a message is refused, naming it', async () => {
    const dir = join(tempDir(), 'mail');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'a.eml'),
      'From: ada@example.com\nDate: Mon, 6 Jan 2025 10:00:00 +0000\nTo: me@home.example\n\nHi\n',
    );
    writeFileSync(join(dir, 'b.eml'), 'just some text\nwithout headers\n');
    await expect(read(dir)).rejects.toThrow(/b\.eml, line 1: not a mail message/);
  });

  it('a message cut inside its headers is read with a warning', async () => {
    const path = join(tempDir(), 'cut.eml');
    writeFileSync(
      path,
      'From: ada@example.com\nDate: Mon, 6 Jan 2025 10:00:00 +0000\nTo: me@home.example\nCc: bo',
    );
    const records = await read(path);
    expect(records.map((r) => r.type)).toEqual(['warning', 'message']);
  });
});
