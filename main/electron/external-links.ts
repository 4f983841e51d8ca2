/**
 * A page's link to the web (a post at its source, a profile) opens in the user's browser; the
 * app's window never leaves the app, and nothing but http(s) is handed to the system.
 */
export function openOutside(url: string, openExternal: (url: string) => Promise<void>): { action: 'deny' } {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') return { action: 'deny' };
  try {
    void openExternal(url).catch(() => {});
  } catch {
    // No browser to hand it to: the link does nothing, as before.
  }
  return { action: 'deny' };
}
