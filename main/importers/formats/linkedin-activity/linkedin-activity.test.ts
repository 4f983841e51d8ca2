import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../input';
import type { ImportRecord } from '../../records';
import { useTempDir } from '../../../test-support/temp-dir';
import { detectFormat } from '../../../ingest/pipeline';
import { linkedinActivityFormat } from '.';

const EXPORTS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'samples', 'linkedin-export');
const tempDir = useTempDir();

async function read(path: string): Promise<ImportRecord[]> {
  const input = await openInput(path);
  const records: ImportRecord[] = [];
  try {
    const ctx = { signal: new AbortController().signal, progress: () => {} };
    for await (const record of linkedinActivityFormat.read(input, {}, ctx)) records.push(record);
  } finally {
    input.close();
  }
  return records;
}

function tally(records: ImportRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) {
    const key = r.type === 'message' ? `message ${r.direction}` : r.type;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('LinkedIn activity: every real export', () => {
  it.each([
    ['abhishekmathur-2018', { 'message received': 16, 'message sent': 9, invitation: 11, 'own-position': 2 }],
    ['annadaneshwari-2023', { 'message received': 439, 'message sent': 284, skip: 37 }],
    ['igorglamazdin-2026', { 'message received': 211, 'message sent': 168, skip: 91, invitation: 138 }],
    ['lakshyakumar-2025', { 'message received': 11, skip: 11, invitation: 119, 'own-position': 4 }],
    ['muhammedewies-2023', { invitation: 67, 'own-position': 4 }],
  ])('%s (its folder: messages, Invitations, Positions)', async (folder, expected) => {
    const input = await openInput(join(EXPORTS, folder));
    expect((await detectFormat(input))?.format.id).toBe('linkedin-activity');
    input.close();
    expect(tally(await read(join(EXPORTS, folder)))).toEqual(expected);
  });

  it('abhishekmathur-2018/Messages.csv: the 2018 header, names only and US dates', async () => {
    const records = await read(join(EXPORTS, 'abhishekmathur-2018', 'Messages.csv'));
    expect(records[0]).toMatchObject({
      type: 'message',
      channel: 'linkedin',
      direction: 'received',
      sentAt: '2018-10-16T08:36:00.000Z',
      from: { address: 'name:angela from', name: 'Angela from' },
    });
  });

  it('igorglamazdin-2026/messages.csv: profiles key people as their contacts do (li:)', async () => {
    const [first] = (await read(join(EXPORTS, 'igorglamazdin-2026', 'messages.csv'))).filter(
      (r) => r.type === 'message',
    );
    expect(first).toMatchObject({
      direction: 'sent',
      sentAt: '2026-02-10T20:33:10.000Z',
      to: [
        {
          address: 'linkedin.com/in/scott-deangelis',
          matchKey: 'li:scott-deangelis',
          name: 'Scott DeAngelis',
        },
      ],
    });
    expect(JSON.stringify(first)).not.toContain('[removed]');
  });

  it('muhammedewies-2023/Invitations.csv: member URNs instead of profile URLs', async () => {
    const [first] = await read(join(EXPORTS, 'muhammedewies-2023', 'Invitations.csv'));
    expect(first).toMatchObject({
      type: 'invitation',
      direction: 'sent',
      other: { address: 'urn:li:member:1025949835', name: 'Alaa Muhammed' },
    });
  });

  it('Positions.csv: the user’s employers with months, a trailing space trimmed', async () => {
    const records = await read(join(EXPORTS, 'abhishekmathur-2018', 'Positions.csv'));
    expect(records[0]).toEqual({
      type: 'own-position',
      company: 'Tache Technologies',
      title: 'Onsite Python Developer',
      startedOn: '2018-06',
      endedOn: '2018-08',
    });
  });
});

describe('LinkedIn activity: quirks and bad input (hand-made)', () => {
  const HEADER =
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
  const row = (from: string, to: string, date: string, content = 'x') =>
    `c1,,${from === 'me' ? 'Me,https://www.linkedin.com/in/me' : 'Ada,https://www.linkedin.com/in/ada'},${to === 'me' ? 'Me,https://www.linkedin.com/in/me' : 'Ada,https://www.linkedin.com/in/ada'},${date},,${content},INBOX`;

  it('a quoted newline inside CONTENT stays in its row (RFC 4180 §2.6)', async () => {
    const text = [
      HEADER,
      row('me', 'ada', '2024-01-01 10:00:00 UTC', '"line one\nline two"'),
      row('ada', 'me', '2024-01-02 10:00:00 UTC'),
      '',
    ].join('\n');
    expect(tally(await read(file('messages.csv', text)))).toEqual({
      'message sent': 1,
      'message received': 1,
    });
  });

  it('a cut last row is refused, naming the file and line', async () => {
    const text = [
      HEADER,
      row('me', 'ada', '2024-01-01 10:00:00 UTC'),
      'c1,,Ada,https://www.linkedin.com/in/ada,Me',
    ].join('\n');
    await expect(read(file('messages.csv', text))).rejects.toThrow(/messages\.csv, line 3/);
  });

  it('invalid UTF-8 in a name is refused, naming the line', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n${row('me', 'ada', '2024-01-01 10:00:00 UTC')}\nc1,,Ad`),
      Buffer.from([0xe9]),
      Buffer.from(
        ',https://www.linkedin.com/in/ada,Me,https://www.linkedin.com/in/me,2024-01-02 10:00:00 UTC,,x,INBOX\n',
      ),
    ]);
    const path = join(tempDir(), 'messages.csv');
    writeFileSync(path, bytes);
    await expect(read(path)).rejects.toThrow(/messages\.csv, line 3: holds bytes that are not UTF-8/);
  });

  it('a CSV that is none of these files is refused', async () => {
    await expect(read(file('other.csv', 'a,b\n1,2\n'))).rejects.toThrow(
      /not a LinkedIn messages, invitations or positions file/,
    );
  });
});
