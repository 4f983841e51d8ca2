import { ImportFormatError } from '../../errors';

/** An .ics file larger than this is refused: calendars are read whole (ical.js), and real exports are a few MB. */
export const MAX_ICS_BYTES = 256 * 1024 * 1024;

/** The 1-based line holding the byte at `offset`. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line += 1;
  return line;
}

/** The file as text; invalid UTF-8 (RFC 5545 §3.1.4 makes UTF-8 the charset) is refused, naming its line. */
export function icsText(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = bytes.toString('utf8');
    const bad = Buffer.from(text.slice(0, text.indexOf('\uFFFD')), 'utf8').length;
    throw new ImportFormatError(
      file,
      `line ${lineAt(bytes, bad)}`,
      'holds bytes that are not UTF-8 text: this calendar file is damaged or not an .ics file',
    );
  }
}

/**
 * Refuses a calendar that is not one or that stops inside a component (RFC 5545 §3.4, §3.6:
 * every BEGIN has its END), naming the event (UID and line) the file was cut in.
 */
export function checkWhole(text: string, file: string): void {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1 || !/^BEGIN:VCALENDAR\s*$/i.test(lines[first]!)) {
    throw new ImportFormatError(
      file,
      `line ${first + 1}`,
      'not an iCalendar file: it should start with BEGIN:VCALENDAR',
    );
  }
  const open: { name: string; line: number; uid?: string }[] = [];
  lines.forEach((raw, i) => {
    const m = /^(BEGIN|END):([A-Za-z-]+)\s*$/i.exec(raw);
    if (m) {
      if (m[1]!.toUpperCase() === 'BEGIN') open.push({ name: m[2]!.toUpperCase(), line: i + 1 });
      else if (open.at(-1)?.name === m[2]!.toUpperCase()) open.pop();
      return;
    }
    const uid = /^UID[:;](?:[^:]*:)?(.*)$/i.exec(raw);
    const top = open.at(-1);
    if (uid && top && !top.uid) top.uid = uid[1]!.trim();
  });
  if (open.length === 0) return;
  const event = [...open].reverse().find((c) => c.name === 'VEVENT');
  const where = event
    ? `the event ${event.uid ? `UID ${event.uid} ` : ''}starting line ${event.line}`
    : `the ${open.at(-1)!.name} starting line ${open.at(-1)!.line}`;
  throw new ImportFormatError(
    file,
    where,
    'the file ends inside it: it was cut short. Export the calendar again.',
  );
}
