import type { PersonTieDto } from '../../../../common/ties-dto';

type Month = PersonTieDto['months'][number];

const total = (m: Month) => m.sent + m.received + m.meetings;

const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** One bar per month, scaled so the busiest month fills the height. */
export function sparklineBars(months: readonly Month[], width: number, height: number) {
  const most = Math.max(1, ...months.map(total));
  const step = months.length ? width / months.length : 0;
  return months.map((m, i) => {
    const barHeight = (height * total(m)) / most;
    return {
      month: m.month,
      x: i * step,
      width: step,
      y: height - barHeight,
      height: barHeight,
      count: total(m),
    };
  });
}

/** What the sparkline shows, in words: its text alternative. */
export function sparklineText(months: readonly Month[]): string {
  if (months.length === 0) return 'No months to show.';
  const from = monthName(months[0]!.month);
  const to = monthName(months[months.length - 1]!.month);
  const sum = months.reduce((n, m) => n + total(m), 0);
  if (sum === 0) return `No messages or meetings from ${from} to ${to}.`;
  const busiest = months.reduce((a, b) => (total(b) > total(a) ? b : a));
  return `Messages and meetings per month, ${from} to ${to}: ${sum} in all, most in ${monthName(busiest.month)} (${total(busiest)}).`;
}
