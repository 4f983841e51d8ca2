import { linkedInProfiles } from '../../../analysis/person-match/stated';
import type { Correspondent } from '../../communication-records';

/** Which of LinkedIn's activity files a CSV is, from its header (normalised names). */
export type ActivityKind = 'messages' | 'messages-2018' | 'invitations' | 'positions';

export function activityKind(names: string[]): ActivityKind | undefined {
  const has = (...wanted: string[]) => wanted.every((w) => names.includes(w));
  if (has('conversation id', 'from', 'sender profile url', 'to', 'date')) return 'messages';
  if (has('from', 'to', 'date', 'direction', 'folder') && !names.includes('first name'))
    return 'messages-2018';
  if (has('from', 'to', 'sent at', 'direction')) return 'invitations';
  if (has('company name', 'title', 'started on')) return 'positions';
  return undefined;
}

/** Column positions by normalised name; -1 when absent. */
export function columnIndex(header: string[]): (name: string) => number {
  const names = header.map((h) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
  return (name) => names.indexOf(name);
}

/**
 * A LinkedIn member as a row names them: by profile (`https://www.linkedin.com/in/ada-l`, the key
 * people have as `li:ada-l`), by member URN (muhammedewies-2023's Invitations.csv), or by name
 * alone (the 2018 export has no URLs). `LinkedIn Member` with no URL is nobody in particular.
 */
export function member(name: string | undefined, url: string | undefined): Correspondent | undefined {
  const display = name?.trim();
  const link = url?.trim();
  const slug = link ? linkedInProfiles(link)[0] : undefined;
  if (slug) {
    return {
      channel: 'linkedin',
      address: `linkedin.com/in/${slug}`,
      matchKey: `li:${slug}`,
      ...(display ? { name: display } : {}),
    };
  }
  if (link && /^urn:li:/i.test(link)) {
    return {
      channel: 'linkedin',
      address: link.toLowerCase(),
      matchKey: `li:${link.toLowerCase()}`,
      ...(display ? { name: display } : {}),
    };
  }
  if (!display || display === 'LinkedIn Member') return undefined;
  return {
    channel: 'linkedin',
    address: `name:${display.toLowerCase()}`,
    matchKey: `name:${display.toLowerCase()}`,
    name: display,
  };
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** `2023-06-11 15:33:58 UTC` (2020s) or `10/16/18, 8:36 AM` (2018, no zone: taken as UTC) to UTC ISO. */
export function activityDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: UTC)?$/.exec(text);
  if (m) {
    const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)?$/i.exec(text);
  if (m) {
    let year = +m[3]!;
    if (year < 100) year += 2000;
    let hour = +m[4]! % 12;
    if (m[7]?.toUpperCase() === 'PM') hour += 12;
    if (!m[7]) hour = +m[4]!;
    const ms = Date.UTC(year, +m[1]! - 1, +m[2]!, hour, +m[5]!, +(m[6] ?? 0));
    return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
  }
  return undefined;
}

/** `Jun 2018` (Positions.csv) to `2018-06`; a bare year stays a year. */
export function activityMonth(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const m = /^([A-Za-z]{3})[a-z]* (\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase());
    return month < 0 ? undefined : `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  return /^\d{4}$/.test(text) ? text : undefined;
}
