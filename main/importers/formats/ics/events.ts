import ICAL from 'ical.js';
import type { Correspondent, MeetingRecord } from '../../communication-records';
import type { ImportRecord } from '../../records';
import type { MailFilter } from '../mail-shared/mail-filter';

/** A series counts at most this many occurrences (a daily event over 27 years); more is a warning. */
export const MAX_OCCURRENCES = 10_000;

export const SKIP_CANCELLED = 'cancelled event';
export const SKIP_ALONE = 'event with no one else at it (a holiday, birthday or reminder)';
export const SKIP_FUTURE = 'occurrence after today';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

/** Whether Intl knows a time-zone name (Apple writes TZID=America/Vancouver with no VTIMEZONE). */
function ianaZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tzid });
    return tzid;
  } catch {
    return undefined;
  }
}

/** Milliseconds a zone is ahead of UTC at a UTC instant. */
function zoneOffsetMs(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - utcMs;
}

/**
 * An occurrence's start as UTC ISO, or `YYYY-MM-DD` for an all-day one. A time in a zone the file
 * defines (VTIMEZONE, Windows names included) or UTC is converted by ical.js; a zone named but not
 * defined is looked up by its IANA name; a floating time, or an empty `TZID=`
 * (exchange2010-blankTzid.ics), is taken as UTC.
 */
export function startOf(time: Time, tzid: string | undefined): string {
  if (time.isDate) return time.toString().slice(0, 10);
  const zone = time.zone?.tzid;
  const known = zone && zone !== 'floating';
  if (!known) {
    const iana = ianaZone(tzid);
    const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    if (iana) return new Date(wall - zoneOffsetMs(iana, wall - zoneOffsetMs(iana, wall))).toISOString();
    return new Date(wall).toISOString();
  }
  return time.toJSDate().toISOString();
}

/** The address of a `mailto:` CAL-ADDRESS (RFC 5545 §3.3.3), lower-case; undefined for anything else. */
function person(prop: Property | null): Correspondent | undefined {
  if (!prop) return undefined;
  const value = String(prop.getFirstValue() ?? '');
  const m = /^mailto:(.+)$/i.exec(value.trim());
  const address = m?.[1]?.trim().toLowerCase();
  const domain = address?.split('@')[1];
  // Google's calendars and rooms (`…@group.calendar.google.com`, `…@resource.calendar.google.com`) and
  // its birthday calendar's `…@virtual` attendee are not people (google-birthday.ics).
  if (!address || !domain || !domain.includes('.') || domain.endsWith('calendar.google.com'))
    return undefined;
  const cn = prop.getParameter('cn');
  const name = typeof cn === 'string' ? cn.replace(/^"|"$/g, '').trim() : undefined;
  return {
    channel: 'email',
    address,
    matchKey: `e:${address}`,
    ...(name && name !== address ? { name } : {}),
  };
}

/**
 * PARTSTAT lower-case. macOS Calendar writes values RFC 5545 §3.2.12 does not have
 * (apple-macos-tentative.ics: `CONFIRMED`, `cancelled`): read as accepted and declined.
 */
function partstat(prop: Property): string | undefined {
  const value = prop.getParameter('partstat');
  const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
  if (lower === 'confirmed') return 'accepted';
  if (lower === 'cancelled' || lower === 'canceled') return 'declined';
  return lower;
}

function status(event: Component): string | undefined {
  const value = event.getFirstPropertyValue('status');
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

/** The people of one event (organizer and attendees), exclusions applied. */
function people(event: Component, filter: MailFilter): Pick<MeetingRecord, 'organizer' | 'attendees'> {
  const organizer = person(event.getFirstProperty('organizer'));
  const attendees: MeetingRecord['attendees'] = [];
  const seen = new Set<string>();
  for (const prop of event.getAllProperties('attendee')) {
    const who = person(prop);
    if (!who || seen.has(who.address) || filter.isExcluded(who.address)) continue;
    seen.add(who.address);
    const stat = partstat(prop);
    attendees.push({ who, ...(stat ? { partstat: stat } : {}) });
  }
  return {
    ...(organizer && !filter.isExcluded(organizer.address) ? { organizer } : {}),
    attendees,
  };
}

function tzidOf(event: Component): string | undefined {
  const value = event.getFirstProperty('dtstart')?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
}

/**
 * RDATE;VALUE=PERIOD (RFC 5545 §3.8.5.2, zimbra-recur_instances.ics) as the periods' starts:
 * ical.js's expansion takes every RDATE value for a time and fails on a period.
 */
function periodsToStarts(event: Component): void {
  for (const prop of event.getAllProperties('rdate')) {
    const values = prop.getValues() as unknown[];
    if (!values.some((v) => v instanceof ICAL.Period)) continue;
    prop.resetType('date-time');
    prop.setValues(values.map((v) => (v instanceof ICAL.Period ? v.start : v)) as never[]);
  }
}

/** Whether anyone but the user is at it. */
function hasOthers(meeting: Pick<MeetingRecord, 'organizer' | 'attendees'>, filter: MailFilter): boolean {
  const all = [meeting.organizer, ...meeting.attendees.map((a) => a.who)].filter((p) => p !== undefined);
  return all.some((p) => !filter.isOwn(p.address));
}

/**
 * The meeting records of one UID's events (a series, its RECURRENCE-ID overrides and EXDATEs, or
 * overrides whose series is not in the file, as in google-birthday.ics): one per occurrence up to
 * `today`; cancelled ones and events with nobody else are left out with a skip.
 */
export function* meetingsOf(
  uid: string,
  events: Component[],
  today: Date,
  filter: MailFilter,
  where: string,
): Generator<ImportRecord> {
  const master = events.find((e) => !e.hasProperty('recurrence-id'));
  const exceptions = events.filter((e) => e.hasProperty('recurrence-id'));
  const occurrences: { item: Component; start: Time; tzid: string | undefined }[] = [];
  let tooMany = false;
  if (master) {
    periodsToStarts(master);
    const event = new ICAL.Event(master, { exceptions });
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (next.toJSDate() > today) break;
        if (occurrences.length >= MAX_OCCURRENCES) {
          tooMany = true;
          break;
        }
        const details = event.getOccurrenceDetails(next);
        occurrences.push({
          item: details.item.component,
          start: details.startDate,
          tzid: tzidOf(details.item.component),
        });
      }
    } else {
      occurrences.push({ item: master, start: event.startDate, tzid: tzidOf(master) });
    }
  } else {
    for (const exception of exceptions) {
      const event = new ICAL.Event(exception);
      occurrences.push({ item: exception, start: event.startDate, tzid: tzidOf(exception) });
    }
  }
  if (tooMany) {
    yield {
      type: 'warning',
      message: `A recurring event has more than ${MAX_OCCURRENCES.toLocaleString('en-US')} occurrences up to today; the first ${MAX_OCCURRENCES.toLocaleString('en-US')} were counted.`,
      where,
    };
  }
  for (const { item, start, tzid } of occurrences) {
    if (!start) continue;
    const startsAt = startOf(start, tzid);
    if ((start.isDate ? new Date(`${startsAt}T00:00:00Z`) : new Date(startsAt)) > today) {
      yield { type: 'skip', reason: SKIP_FUTURE, where };
      continue;
    }
    if (status(item) === 'cancelled') {
      yield { type: 'skip', reason: SKIP_CANCELLED, where };
      continue;
    }
    let who = people(item, filter);
    // An override that does not repeat the attendees (zimbra-recur_instances.ics) has the series' ones.
    if (master && item !== master && who.attendees.length === 0) {
      who = { ...who, attendees: people(master, filter).attendees };
    }
    if (!hasOthers(who, filter)) {
      yield { type: 'skip', reason: SKIP_ALONE, where };
      continue;
    }
    const title = item.getFirstPropertyValue('summary');
    const stat = status(item);
    yield {
      type: 'meeting',
      uid,
      startsAt,
      allDay: start.isDate,
      ...(stat ? { status: stat } : {}),
      ...(filter.keepSubjects && typeof title === 'string' && title ? { title } : {}),
      ...who,
    };
  }
}
