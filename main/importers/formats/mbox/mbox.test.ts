import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createReadStream, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../communication-records';
import { bufferStream, openInput } from '../../input';
import type { ImportRecord } from '../../records';
import type { MailReadOptions } from '../mail-shared/mail-filter';
import { useTempDir } from '../../../test-support/temp-dir';
import { mboxFormat } from '.';
import { splitMbox, type MboxMessage } from './split';

const MAIL = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'samples', 'mail');
const tempDir = useTempDir();

async function blocks(path: string | Buffer): Promise<(MboxMessage | { notice: string })[]> {
  const found = [];
  const stream = typeof path === 'string' ? createReadStream(path) : bufferStream(path);
  for await (const item of splitMbox(stream)) found.push(item);
  return found;
}

async function read(path: string, mail: MailReadOptions = {}): Promise<ImportRecord[]> {
  const input = await openInput(path);
  const records: ImportRecord[] = [];
  try {
    const ctx = { signal: new AbortController().signal, progress: () => {} };
    for await (const record of mboxFormat.read(input, { mail }, ctx)) records.push(record);
  } finally {
    input.close();
  }
  return records;
}

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const messages = (records: ImportRecord[]) => records.filter((r): r is MessageRecord => r.type === 'message');

describe('mbox: every real sample splits into its messages', () => {
  it.each([
    ['gmail-takeout-kimhines-2020/All mail Including Spam and Trash.mbox', 23],
    ['gmail-takeout-ehmz11-2020/All mail Including Spam and Trash.mbox', 2],
    ['gmail-takeout-scovottodavide-2022/Starred.mbox', 1],
    ['mbox/perl-mail-box-1999-2000.mbox', 45],
    // MimeKit's own summary of this Netscape folder lists 29; a blank-line-only splitter finds 19.
    ['mbox/netscape-content-length-1996.mbox', 29],
    ['mbox/mailpile-tests.mbx', 9],
    ['mbox/thunderbird-modern.mbox', 2],
    // 3 `From ` lines, 2 messages: the unescaped body line follows a non-blank line.
    ['mbox/thunderbird-unquoted.mbox', 2],
    ['mbox/thunderbird-mboxrd.mbox', 2],
  ])('%s holds %i messages', async (name, count) => {
    const found = await blocks(join(MAIL, name));
    expect(found.filter((b) => 'headerLines' in b)).toHaveLength(count);
    expect(found.filter((b) => 'notice' in b)).toEqual([]);
    const input = await openInput(join(MAIL, name));
    expect((await mboxFormat.detect(input))?.format).toBe('mbox');
    input.close();
  });

  it('Gmail Takeout: automated Google notices are left out by default, and kept when asked', async () => {
    const path = join(MAIL, 'gmail-takeout-kimhines-2020/All mail Including Spam and Trash.mbox');
    expect(messages(await read(path))).toEqual([]);
    const kept = messages(await read(path, { includeAutomated: true }));
    expect(kept).toHaveLength(23);
    expect(kept.every((m) => m.automated && m.direction === 'received')).toBe(true);
  });

  it('Starred.mbox: a message the owner sent, with an empty To and a folded two-address Cc', async () => {
    const [message] = messages(await read(join(MAIL, 'gmail-takeout-scovottodavide-2022/Starred.mbox')));
    expect(message).toMatchObject({
      direction: 'sent',
      messageKey: '20220419173754.5027-1-scovottodavide@gmail.com',
      sentAt: '2022-04-19T17:37:54.000Z',
      to: [],
      cc: [
        { address: 'scovottodavide@gmail.com' },
        { address: 'albertosolavagione30@gmail.com', name: 'Alberto Solavagione' },
      ],
    });
    expect(message).not.toHaveProperty('subject');
  });

  it('mailpile-tests.mbx: encoded-word display names are decoded (RFC 2047)', async () => {
    const all = messages(
      await read(join(MAIL, 'mbox/mailpile-tests.mbx'), { includeAutomated: true, ownAddresses: ['x@y.z'] }),
    );
    const names = all.map((m) => m.from?.name).filter(Boolean);
    expect(names).toContain('Bjarni Rúnar Einarsson');
    expect(names.some((n) => n?.includes('=?'))).toBe(false);
  });

  it('thunderbird-mboxrd.mbox: no Date header is an unknown date, and `>From ` is body', async () => {
    const all = messages(
      await read(join(MAIL, 'mbox/thunderbird-mboxrd.mbox'), { ownAddresses: ['recipient@example.com'] }),
    );
    expect(all).toHaveLength(2);
    expect(all.every((m) => m.sentAt === undefined)).toBe(true);
    // No Message-ID either: the two are told apart by what they say.
    expect(new Set(all.map((m) => m.messageKey)).size).toBe(2);
  });

  it('perl-mail-box-1999-2000.mbox: Precedence: bulk list mail is automated, replies keep In-Reply-To', async () => {
    const all = messages(
      await read(join(MAIL, 'mbox/perl-mail-box-1999-2000.mbox'), { includeAutomated: true }),
    );
    expect(all.filter((m) => m.automated).length).toBeGreaterThanOrEqual(21);
    expect(all.filter((m) => m.inReplyTo).length).toBeGreaterThanOrEqual(17);
  });
});

describe('mbox: quirks no sample has (hand-made)', () => {
  const message = (from: string, extra = '', body = 'Hello.') =>
    `From ${from} Mon Jan  6 10:00:00 2025\nFrom: ${from}\nTo: me@home.example\nDate: Mon, 6 Jan 2025 10:00:00 +0000\nMessage-ID: <${from}-1@x>\n${extra}\n${body}\n\n`;

  it('CRLF and LF mailboxes read the same (RFC 5322 §2.1 CRLF; mbox files keep either)', async () => {
    const lf = message('ada@example.com') + message('bob@example.com');
    const a = messages(await read(file('lf.mbox', lf), { ownAddresses: ['me@home.example'] }));
    const b = messages(
      await read(file('crlf.mbox', lf.replace(/\n/g, '\r\n')), { ownAddresses: ['me@home.example'] }),
    );
    expect(a).toHaveLength(2);
    expect(b).toEqual(a);
  });

  it('Gmail’s Spam and Trash labels are left out', async () => {
    const text =
      message('ada@example.com', 'X-Gmail-Labels: Spam\n') +
      message('bob@example.com', 'X-Gmail-Labels: Inbox,Trash\n') +
      message('cy@example.com', 'X-Gmail-Labels: Inbox\n');
    const records = await read(file('labels.mbox', text), { ownAddresses: ['me@home.example'] });
    expect(messages(records).map((m) => m.from?.address)).toEqual(['cy@example.com']);
    expect(records.filter((r) => r.type === 'skip')).toHaveLength(2);
  });

  it('a `From ` body line after a blank line that is not followed by a header is body (RFC 4155 §2)', async () => {
    const text =
      message('ada@example.com', '', 'Dear Bob,\n\nFrom the start, this was body.\nStill body.') +
      message('bob@example.com');
    expect(
      messages(await read(file('from-body.mbox', text), { ownAddresses: ['me@home.example'] })),
    ).toHaveLength(2);
  });

  it('a folded header continues on lines starting with white space (RFC 5322 §2.2.3)', async () => {
    const text = message(
      'ada@example.com',
      'Cc: "Bob B." <bob@example.com>,\n\t=?UTF-8?B?w4lsaWU=?= <elie@example.com>\n',
    );
    const [m] = messages(await read(file('folded.mbox', text), { ownAddresses: ['me@home.example'] }));
    expect(m!.cc).toEqual([
      { channel: 'email', address: 'bob@example.com', matchKey: 'e:bob@example.com', name: 'Bob B.' },
      { channel: 'email', address: 'elie@example.com', matchKey: 'e:elie@example.com', name: 'Élie' },
    ]);
  });

  it('a last message cut inside its headers is a warning; the messages before it are kept', async () => {
    const text =
      message('ada@example.com') +
      'From bob@example.com Mon Jan  6 10:00:00 2025\nFrom: bob@example.com\nTo: me@ho';
    const records = await read(file('cut.mbox', text), { ownAddresses: ['me@home.example'] });
    expect(messages(records)).toHaveLength(1);
    expect(records.filter((r) => r.type === 'warning')).toEqual([
      expect.objectContaining({
        where: 'cut.mbox, message 2 (line 9)',
        message: expect.stringContaining('cut off'),
      }),
    ]);
  });

  it('a body cut before its Content-Length is a warning, its headers kept', async () => {
    const text = message('ada@example.com', 'Content-Length: 5000\n');
    const records = await read(file('short.mbox', text), { ownAddresses: ['me@home.example'] });
    expect(messages(records)).toHaveLength(1);
    expect(records.filter((r) => r.type === 'warning')).toHaveLength(1);
  });

  it('a file that is not a mailbox is refused, naming the file and line', async () => {
    await expect(read(file('notes.mbox', 'Dear diary,\nFrom here on...\n'))).rejects.toThrow(
      /notes\.mbox, line 1: not an mbox mailbox/,
    );
  });

  it('a body of any size is passed over without being kept: a 40 MB line with no newline', async () => {
    const head = Buffer.from(message('ada@example.com', '', ''));
    const huge = Buffer.alloc(40 * 1024 * 1024, 0x61);
    const found = [];
    for await (const item of splitMbox(
      Readable.from([head, huge, Buffer.from('\n\n'), Buffer.from(message('bob@example.com'))]),
    ))
      found.push(item);
    expect(found.filter((b) => 'headerLines' in b)).toHaveLength(2);
  });

  it('detection reads content only and proposes the Sent senders as the user', async () => {
    const text =
      message('me@home.example', 'X-Gmail-Labels: Sent\n') +
      message('ada@example.com') +
      message('ada@example.com');
    const input = await openInput(file('whatever.txt', text));
    const detection = await mboxFormat.detect(input);
    input.close();
    expect(detection?.needs.mail?.proposedOwn).toEqual(['me@home.example']);
    expect(detection?.summary).toContain('3 messages');
  });

  it('a long import stops within a thousand messages of a cancel', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => message(`p${i}@example.com`)).join('');
    const input = await openInput(file('big.mbox', text));
    const abort = new AbortController();
    let seen = 0;
    const run = async () => {
      const ctx = { signal: abort.signal, progress: () => {} };
      for await (const _ of mboxFormat.read(input, { mail: { ownAddresses: ['me@home.example'] } }, ctx)) {
        seen += 1;
        if (seen === 10) abort.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ code: 'CANCELLED' });
    input.close();
    expect(seen).toBeLessThanOrEqual(1000);
  });
});
