/** "3 Dec 2026, 19:30": a backup's time in the user's own time zone, to the minute. */
export function backupWhen(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  const zone = timeZone ? { timeZone } : {};
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', ...zone });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', ...zone });
  return `${day}, ${time}`;
}
