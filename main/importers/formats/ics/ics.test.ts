import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../communication-records';
import { openInput } from '../../input';
import type { ImportRecord } from '../../records';
import type { MailReadOptions } from '../mail-shared/mail-filter';
import { useTempDir } from '../../../test-support/temp-dir';
import { detectFormat } from '../../../ingest/pipeline';
import { icsFormat } from '.';

const CALENDAR = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'samples', 'calendar');
const tempDir = useTempDir();
const TODAY = '2026-12-01T00:00:00Z';

async function read(path: string, mail: MailReadOptions = {}): Promise<ImportRecord[]> {
  const input = await openInput(path);
  const records: ImportRecord[] = [];
  try {
    const ctx = { signal: new AbortController().signal, progress: () => {} };
    for await (const record of icsFormat.read(input, { mail: { today: TODAY, ...mail } }, ctx))
      records.push(record);
  } finally {
    input.close();
  }
  return records;
}

const meetings = (records: ImportRecord[]) => records.filter((r): r is MeetingRecord => r.type === 'meeting');
const skips = (records: ImportRecord[], reason: string) =>
  records.filter((r) => r.type === 'skip' && r.reason.startsWith(reason)).length;

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('.ics: every real sample', () => {
  it.each([
    // [file, meetings with someone else up to 2026-12-01]
    ['apple-ical-blalor.ics', 0],
    ['apple-macos-tentative.ics', 2],
    ['exchange2010-allday-rrule-overrides.ics', 0],
    ['exchange2010-blankTzid.ics', 1],
    ['exchange2010-ms_timezones.ics', 0],
    ['google-birthday.ics', 0],
    ['google-daylight_saving_time.ics', 0],
    ['lotus-notes-calconnect6.ics', 1],
    ['outlook12-Germany-holidays.ics', 0],
    ['thunderbird-cancel_status.ics', 0],
    ['thunderbird-moved-overrides.ics', 0],
    ['zimbra-recur_instances.ics', 172],
  ])('%s: %i meetings', async (name, count) => {
    const input = await openInput(join(CALENDAR, name));
    expect((await detectFormat(input))?.format.id).toBe('ics');
    input.close();
    expect(meetings(await read(join(CALENDAR, name)))).toHaveLength(count);
  });

  it('apple-macos-tentative.ics: the cancelled event does not count; non-standard PARTSTAT values are read', async () => {
    const records = await read(join(CALENDAR, 'apple-macos-tentative.ics'));
    expect(skips(records, 'cancelled')).toBe(1);
    expect(meetings(records).map((m) => m.status)).toEqual(['tentative', 'confirmed']);
    // TZID=America/Vancouver with no VTIMEZONE: read by its IANA name (PDT, UTC−7).
    expect(meetings(records)[0]!.startsAt).toBe('2022-07-04T23:00:00.000Z');
  });

  it('exchange2010-blankTzid.ics: an empty TZID= is taken as UTC', async () => {
    expect(meetings(await read(join(CALENDAR, 'exchange2010-blankTzid.ics')))[0]).toMatchObject({
      startsAt: '2015-08-26T09:00:00.000Z',
      organizer: { address: 'roberts@company.com', name: 'Bruce Roberts' },
    });
  });

  it('exchange2010-ms_timezones.ics: the one damaged event is left out with a warning naming it', async () => {
    const records = await read(join(CALENDAR, 'exchange2010-ms_timezones.ics'));
    expect(records.filter((r) => r.type === 'warning')).toEqual([
      expect.objectContaining({
        where: expect.stringMatching(/^exchange2010-ms_timezones\.ics, event UID 0400.* \(line 145\)$/),
      }),
    ]);
  });

  it('zimbra-recur_instances.ics: EXDATEs removed, RDATEs added, overrides moved and given the series’ people', async () => {
    const all = meetings(
      await read(join(CALENDAR, 'zimbra-recur_instances.ics'), { today: '2013-06-01T00:00:00Z' }),
    );
    const starts = all.map((m) => m.startsAt);
    // The first Tuesday of October 2012, moved from 10:00 to 15:00 Los Angeles time.
    expect(starts).toContain('2012-10-02T22:00:00.000Z');
    expect(starts).not.toContain('2012-10-02T17:00:00.000Z');
    // EXDATE 2012-12-04 and 2013-02-05 and 2013-04-02 (10:00 PST/PDT).
    expect(starts).not.toContain('2012-12-04T18:00:00.000Z');
    expect(starts).not.toContain('2013-02-05T18:00:00.000Z');
    expect(all.every((m) => m.organizer && m.attendees.length > 0)).toBe(true);
    expect(all.every((m) => m.startsAt <= '2013-06-01')).toBe(true);
  });

  it('counts a series’ occurrences only up to today (injected)', async () => {
    const early = meetings(
      await read(join(CALENDAR, 'zimbra-recur_instances.ics'), { today: '2012-12-01T00:00:00Z' }),
    );
    const later = meetings(
      await read(join(CALENDAR, 'zimbra-recur_instances.ics'), { today: '2013-12-01T00:00:00Z' }),
    );
    expect(early.length).toBeLessThan(later.length);
  });

  it('the user’s own declined PARTSTAT is kept, for the tie to leave the meeting out', async () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:declined-1',
      'DTSTART:20250110T100000Z',
      'ORGANIZER;CN=Ada:mailto:ada@example.com',
      'ATTENDEE;PARTSTAT=DECLINED:mailto:me@home.example',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const [meeting] = meetings(await read(file('declined.ics', text), { ownAddresses: ['me@home.example'] }));
    expect(meeting!.attendees).toEqual([
      { who: expect.objectContaining({ address: 'me@home.example' }), partstat: 'declined' },
    ]);
  });
});

describe('.ics: bad input', () => {
  const event = (uid: string) =>
    `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:20250110T100000Z\r\nORGANIZER:mailto:ada@example.com\r\nEND:VEVENT\r\n`;

  it('a calendar cut inside an event is refused, naming the event’s UID and line (RFC 5545 §3.6)', async () => {
    const cut = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${event('one')}BEGIN:VEVENT\r\nUID:two\r\nDTSTART:2025011`;
    await expect(read(file('cut.ics', cut))).rejects.toThrow(
      /cut\.ics, the event UID two starting line 8: the file ends inside it/,
    );
  });

  it('invalid UTF-8 is refused, naming the line (RFC 5545 §3.1.4)', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${event('one')}BEGIN:VEVENT\r\nUID:two\r\nSUMMARY:caf`),
      Buffer.from([0xe9, 0x0d, 0x0a]),
      Buffer.from('DTSTART:20250110T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'),
    ]);
    const path = join(tempDir(), 'latin1.ics');
    writeFileSync(path, bytes);
    await expect(read(path)).rejects.toThrow(/latin1\.ics, line 10: holds bytes that are not UTF-8/);
  });

  it('a file that is not a calendar is refused', async () => {
    await expect(read(file('x.ics', 'hello\r\n'))).rejects.toThrow(/x\.ics, line 1: not an iCalendar file/);
  });
});
