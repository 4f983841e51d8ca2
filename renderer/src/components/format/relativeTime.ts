const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const phrases = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const calendarDate = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });
const exactDate = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' });

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago"; a calendar date past a year. */
export function relativeTime(when: Date | string, now: Date = new Date()): string {
  const date = typeof when === 'string' ? new Date(when) : when;
  const elapsed = now.getTime() - date.getTime();
  if (Number.isNaN(elapsed)) return 'unknown';
  // A clock a little ahead of ours should not read "in 2 seconds".
  if (elapsed < minute) return 'just now';
  if (elapsed < hour) return phrases.format(-Math.floor(elapsed / minute), 'minute');
  if (elapsed < day) return phrases.format(-Math.floor(elapsed / hour), 'hour');
  if (elapsed < 7 * day) return phrases.format(-Math.floor(elapsed / day), 'day');
  if (elapsed < 30 * day) return phrases.format(-Math.floor(elapsed / (7 * day)), 'week');
  if (elapsed < 365 * day) return phrases.format(-Math.floor(elapsed / (30 * day)), 'month');
  return calendarDate.format(date);
}

/** The full date and time, for tooltips beside a relative time. */
export function exactTime(when: Date | string): string {
  const date = typeof when === 'string' ? new Date(when) : when;
  return Number.isNaN(date.getTime()) ? 'unknown' : exactDate.format(date);
}
