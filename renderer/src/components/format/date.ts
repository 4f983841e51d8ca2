const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });

/** A calendar day, for "imported on Nov 23, 2026"; the exact time goes in a tooltip. */
export function formatDay(when: string | null | undefined): string {
  if (!when) return '—';
  const date = new Date(when);
  return Number.isNaN(date.getTime()) ? '—' : day.format(date);
}
