import ICAL from 'ical.js';
import type { Readable } from 'node:stream';
import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { ReadPace } from '../contacts-shared/pace';
import { MailFilter } from '../mail-shared/mail-filter';
import { checkWhole, icsText, MAX_ICS_BYTES } from './check';
import { meetingsOf } from './events';

type Component = InstanceType<typeof ICAL.Component>;

const MAX_CANDIDATES = 200;

function startsAsCalendar(head: Buffer): boolean {
  return /^\s*BEGIN:VCALENDAR\s*\r?\n/i.test(
    head
      .subarray(0, 512)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  );
}

/** The calendars of an input: a lone file whatever its name, else entries that open with BEGIN:VCALENDAR. */
async function icsEntries(input: InputSource): Promise<InputEntry[]> {
  const entries =
    input.container === 'file'
      ? input.entries
      : input.entries.filter((e) => /\.(ics|ical|ifb|icalendar)$/i.test(e.path)).slice(0, MAX_CANDIDATES);
  const found: InputEntry[] = [];
  for (const entry of entries) if (startsAsCalendar(await input.head(entry.path, 512))) found.push(entry);
  return found;
}

async function readAll(stream: Readable, file: string, onBytes: (n: number) => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    onBytes(size);
    if (size > MAX_ICS_BYTES) {
      stream.destroy();
      throw new ImportFormatError(
        file,
        undefined,
        `is larger than ${MAX_ICS_BYTES / 1024 / 1024} MB: not a calendar export Inside Track reads`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** One top-level component's lines: a VTIMEZONE or a VEVENT, with its first line and UID. */
interface Block {
  name: string;
  text: string;
  line: number;
  uid: string;
}

/** The VTIMEZONE and VEVENT blocks of the calendars in a text (checkWhole has seen every BEGIN has its END). */
function blocks(text: string): Block[] {
  const found: Block[] = [];
  const lines = text.split(/\r?\n/);
  let current: { name: string; line: number; lines: string[]; uid: string } | null = null;
  let depth = 0;
  lines.forEach((raw, i) => {
    const m = /^(BEGIN|END):([A-Za-z-]+)\s*$/i.exec(raw);
    const begin = m?.[1]!.toUpperCase() === 'BEGIN';
    const name = m?.[2]!.toUpperCase();
    if (!current && begin && (name === 'VEVENT' || name === 'VTIMEZONE')) {
      current = { name, line: i + 1, lines: [], uid: '' };
      depth = 0;
    }
    if (!current) return;
    current.lines.push(raw);
    if (m) depth += begin ? 1 : -1;
    const uid = depth === 1 ? /^UID[:;](?:[^:]*:)?(.*)$/i.exec(raw) : null;
    if (uid && !current.uid) current.uid = uid[1]!.trim();
    if (depth === 0) {
      found.push({
        name: current.name,
        text: current.lines.join('\r\n'),
        line: current.line,
        uid: current.uid,
      });
      current = null;
    }
  });
  return found;
}

function parseBlock(block: Block): Component {
  return new ICAL.Component(ICAL.parse(`${block.text}\r\n`) as never);
}

/** iCalendar files (Google, Outlook, Exchange, Apple, Thunderbird, Zimbra): one meeting record per occurrence. */
export const icsFormat: ImportFormat = {
  id: 'ics',
  label: 'Calendar (.ics)',

  async detect(input): Promise<Detection | null> {
    const entries = await icsEntries(input);
    if (entries.length === 0) return null;
    let events = 0;
    for (const entry of entries.slice(0, 20)) {
      events += ((await input.head(entry.path)).toString('utf8').match(/^BEGIN:VEVENT\s*$/gim) ?? []).length;
    }
    return {
      format: 'ics',
      label: 'Calendar (.ics), who met and when',
      summary: `${events} event${events === 1 ? '' : 's'}${entries.length > 1 ? ` in ${entries.length} calendars` : ''}; only organizers, attendees and start times are read.`,
      needs: { mail: { proposedOwn: [], frequentSenders: [], sampled: 0, automated: 0 } },
      estimatedRecords: events,
    };
  },

  async *read(input, options, ctx): AsyncGenerator<ImportRecord> {
    const entries = input.container === 'file' ? [...input.entries] : await icsEntries(input);
    const filter = new MailFilter(options.mail);
    const today = options.mail?.today ? new Date(options.mail.today) : new Date();
    const pace = new ReadPace(
      ctx,
      entries.reduce((sum, e) => sum + e.size, 0),
    );
    for (const entry of entries) {
      const file = entry.path;
      const text = icsText(await readAll(await input.open(file), file, pace.onBytes), file);
      checkWhole(text, file);
      const all = blocks(text);
      // Time zones the file defines (Windows names like `W. Europe Standard Time` included), for this file only.
      const registered: string[] = [];
      for (const block of all.filter((b) => b.name === 'VTIMEZONE')) {
        try {
          const zone = parseBlock(block);
          const tzid = String(zone.getFirstPropertyValue('tzid') ?? '');
          if (tzid && !ICAL.TimezoneService.has(tzid)) {
            ICAL.TimezoneService.register(zone);
            registered.push(tzid);
          }
        } catch {
          // A zone ical.js cannot read: times in it are read by their IANA name, or as UTC.
        }
      }
      try {
        const byUid = new Map<string, Component[]>();
        for (const block of all.filter((b) => b.name === 'VEVENT')) {
          const uid = block.uid || `(no UID, line ${block.line})`;
          try {
            const event = parseBlock(block);
            byUid.set(uid, [...(byUid.get(uid) ?? []), event]);
          } catch (error) {
            // exchange2010-ms_timezones.ics has `TZID="W. Europe Standard Time:20200609T090000"`: one
            // damaged event in a calendar otherwise whole is left out, named, not the whole file.
            const detail = error instanceof Error ? error.message : String(error);
            yield {
              type: 'warning',
              message: `An event could not be read and was left out (${detail}).`,
              where: `${file}, event UID ${uid} (line ${block.line})`,
            };
          }
        }
        for (const [uid, events] of byUid) {
          pace.tick();
          const where = `${file}, event UID ${uid}`;
          try {
            yield* meetingsOf(uid, events, today, filter, where);
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            throw new ImportFormatError(file, `event UID ${uid}`, `could not be read (${detail})`);
          }
        }
      } finally {
        for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
      }
      pace.fileDone(entry.size);
    }
  },
};
