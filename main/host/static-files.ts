import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../../common/content-types';
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * A URL path decoded once, or null when it is not valid percent-encoding or names a NUL (which
 * no file name holds): the caller answers 400 rather than letting the decode throw.
 */
export function decodePath(encoded: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

function badRequest(response: ServerResponse): void {
  response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Malformed address.');
}

/** Streams a file; one that vanishes or cannot be read ends this response, never the server. */
function sendFile(file: string, response: ServerResponse, headers: Record<string, string>): void {
  const stream = createReadStream(file);
  stream.once('open', () => {
    response.writeHead(200, headers);
    pipeline(stream, response).catch(() => response.destroy());
  });
  stream.once('error', () => {
    if (response.headersSent) response.destroy();
    else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('No such file.');
  });
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Serves the built renderer; unknown paths fall back to index.html (the app has one page). */
export function serveStatic(staticDir: string, pathname: string, response: ServerResponse): void {
  const decoded = decodePath(pathname);
  if (decoded === null) return badRequest(response);
  const root = resolve(staticDir);
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  if (!isFile(file)) file = join(root, 'index.html');
  sendFile(file, response, {
    'Content-Type': contentTypeOf(extname(file)) ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=31536000, immutable',
  });
}

/**
 * A file the core wrote for the user (a brief), as a download; only plain names in `folder`.
 * `encodedName` is the rest of the URL path, still percent-encoded.
 */
export function serveDownload(folder: string, encodedName: string, response: ServerResponse): void {
  const name = decodePath(encodedName);
  if (name === null) return badRequest(response);
  const file = join(folder, name);
  if (!name || name.includes('/') || name.includes('\\') || name.startsWith('.') || !isFile(file)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('No such file.');
    return;
  }
  sendFile(file, response, {
    'Content-Type': contentTypeOf(extname(file)) ?? 'application/octet-stream',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
}
