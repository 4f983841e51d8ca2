import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../../common/content-types';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { CustomScheme } from 'electron';

/**
 * The renderer is served from app://inside-track/, a privileged standard scheme, instead of
 * file:// (Electron's security guide, "Use a custom protocol instead of file://"): the page gets
 * a real origin, and the handler serves nothing but the built renderer folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'inside-track';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Our own page and its files, and nothing else (not even another host on our scheme). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Blobs the page itself made (saving an audience CSV downloads one). */
export function isOwnBlobUrl(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}

const refuse = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The path segments a URL names inside the renderer folder, or null for anything suspicious. */
function safeSegments(url: URL): string[] | null {
  const segments: string[] = [];
  for (const raw of url.pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Encoded dots, backslashes (Windows separators), drive letters and NULs never name our files.
    if (segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0 || (segments.length === 1 && segments[0] === '')) return ['index.html'];
  return segments.includes('') ? null : segments;
}

const inside = (root: string, file: string) => {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** The protocol handler: files of `rendererDir` only, with their type and the CSP. */
export function serveRenderer(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed.');
    const url = new URL(request.url);
    if (!isAppUrl(request.url)) return refuse(404, 'Not found.');
    // The raw text too: the URL parser may already have folded a `..` the page sent.
    if (/%2e%2e|\\|%5c/i.test(request.url)) return refuse(400, 'Bad path.');
    const segments = safeSegments(url);
    const type = segments ? contentTypeOf(extname(segments.at(-1)!)) : undefined;
    if (!segments || !type) return refuse(404, 'Not found.');
    try {
      const root = await realpath(rendererDir);
      // Resolving links as well: a link inside the folder must not lead out of it.
      const file = await realpath(join(root, ...segments));
      if (!inside(root, file) || !(await stat(file)).isFile()) return refuse(404, 'Not found.');
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': type,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return refuse(404, 'Not found.');
    }
  };
}
