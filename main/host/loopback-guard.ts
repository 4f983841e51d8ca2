import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Host names a loopback server answers to; anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function tokenCookieName(port: number): string {
  // Cookies ignore ports, so two launches on one machine need different names.
  return `inside_track_token_${port}`;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Any page on another loopback port can plant a cookie here, so a malformed one is no token. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export type GuardResult =
  { ok: true; tokenFromQuery: boolean; url: URL } | { ok: false; status: 400 | 401 | 403; reason: string };

/**
 * Every request must name a loopback host, come from our own origin if it names one, and carry
 * the per-launch token (in the query the first time, then in a cookie).
 */
export function checkRequest(
  request: IncomingMessage,
  port: number,
  token: string,
  options: { requireOrigin: boolean },
): GuardResult {
  const hosts = allowedHosts(port);
  const host = request.headers.host ?? '';
  if (!hosts.has(host)) return { ok: false, status: 403, reason: `Host “${host}” is not allowed` };
  const origin = request.headers.origin;
  if (origin !== undefined || options.requireOrigin) {
    const originHost = origin?.startsWith('http://') ? origin.slice('http://'.length) : '';
    if (!hosts.has(originHost)) {
      return { ok: false, status: 403, reason: `Origin “${origin ?? ''}” is not allowed` };
    }
  }
  let url: URL;
  try {
    // The request line may carry an absolute address, which can be malformed.
    url = new URL(request.url ?? '/', `http://${host}`);
  } catch {
    return { ok: false, status: 400, reason: 'Malformed address' };
  }
  if (sameToken(url.searchParams.get('token') ?? undefined, token)) {
    return { ok: true, tokenFromQuery: true, url };
  }
  if (sameToken(cookieValue(request.headers.cookie, tokenCookieName(port)), token)) {
    return { ok: true, tokenFromQuery: false, url };
  }
  return { ok: false, status: 401, reason: 'Missing or wrong launch token' };
}
