import type { Envelope } from '../../common/transport';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A failed call's message and details with every "<launch folder>/<batch>/" cut out, so browser
 * mode names the user's file ("twitter-2020.zip") and never the server's upload copy of it.
 */
export function hideUploadPaths(envelope: Envelope, launchDir: string): Envelope {
  if (envelope.ok) return envelope;
  const folder = new RegExp(`${escapeRegExp(launchDir)}[\\\\/][^\\\\/]+[\\\\/]`, 'g');
  const hide = (text: string) => text.replace(folder, '');
  const { message, details } = envelope.error;
  return {
    ok: false,
    error: {
      ...envelope.error,
      message: hide(message),
      ...(details
        ? {
            details: Object.fromEntries(
              Object.entries(details).map(([key, value]) => [
                key,
                typeof value === 'string' ? hide(value) : value,
              ]),
            ),
          }
        : {}),
    },
  };
}
