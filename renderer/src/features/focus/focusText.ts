import type { FocusDto } from '../../../../common/dto';

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const weekdayShort = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "9:00", "17:00": the hour as people say it across the workspace's languages. */
export function hourLabel(hour: number): string {
  return `${hour}:00`;
}

/** The largest cell of the heatmap, for scaling; 0 for an empty one. */
export function heatmapMax(heatmap: readonly (readonly number[])[]): number {
  let max = 0;
  for (const row of heatmap) for (const count of row) if (count > max) max = count;
  return max;
}

/**
 * A cell's colour step, 0 (nothing) to `steps`. Square-root scaling keeps a few busy hours from
 * washing every other hour out; any activity at all gets at least the first step.
 */
export function heatLevel(count: number, max: number, steps = 5): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(steps, Math.max(1, Math.ceil(Math.sqrt(count / max) * steps)));
}

/** The heatmap's peak in words: "Most active on Mondays around 9:00". */
export function peakText(peak: FocusDto['peak'], timeZone: string): string {
  if (!peak) return 'No dated posts to tell when they are active.';
  const day = weekdayNames[peak.weekday] ?? 'some day';
  return `Most active ${day}s around ${hourLabel(peak.hour)} (${timeZoneLabel(timeZone)})`;
}

/** "Europe/Paris" → "Paris"; "America/Argentina/Buenos_Aires" → "Buenos Aires"; UTC stays UTC. */
export function timeZoneLabel(timeZone: string): string {
  const city = timeZone.split('/').at(-1) ?? timeZone;
  return city.replace(/_/g, ' ');
}

const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2024-03" → "Mar 2024". */
export function monthLabel(month: string): string {
  const time = Date.parse(`${month}-01T00:00:00Z`);
  return Number.isNaN(time) ? month : monthFormat.format(time);
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Months from the first to the last with activity, quiet months included as zero (a gap is
 * information), capped at the latest `limit` months.
 */
export function monthSeries(byMonth: FocusDto['byMonth'], limit = 36): FocusDto['byMonth'] {
  const valid = byMonth.filter((m) => /^\d{4}-\d{2}$/.test(m.month));
  if (valid.length === 0) return [];
  const known = new Map(valid.map((m) => [m.month, m]));
  const last = valid.at(-1)!.month;
  const series: FocusDto['byMonth'] = [];
  for (let month = valid[0]!.month; month <= last; month = nextMonth(month)) {
    series.push(known.get(month) ?? { month, posts: 0, likes: 0 });
  }
  return series.slice(-limit);
}

/** What the counts amount to, for the empty and sparse states. */
export function focusState(counts: FocusDto['counts']): 'empty' | 'likes-only' | 'sparse' | 'full' {
  const written = counts.posts + counts.replies + counts.quotes + counts.reposts;
  if (written === 0 && counts.likes === 0) return 'empty';
  if (written === 0) return 'likes-only';
  return written < 10 ? 'sparse' : 'full';
}

/** "@jack", else the name, else "this account": how the empty states name the prospect. */
export function accountLabel(account: { handle: string | null; name: string | null } | null): string {
  if (account?.handle) return `@${account.handle}`;
  return account?.name?.trim() || 'this account';
}

/** The zones for the picker: the browser's list, with the current and UTC always in it. */
export function timeZoneChoices(current: string, supported: readonly string[]): string[] {
  const zones = new Set(supported);
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

/** The browser's own zone, the heatmap's default. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
