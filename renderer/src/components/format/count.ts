const grouped = new Intl.NumberFormat('en');

/** Whole counts with thousands separators: 12,480. */
export function formatCount(value: number): string {
  return grouped.format(value);
}
