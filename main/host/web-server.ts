import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { briefsDir, type Core } from '../api/core';
import { serveApiSocket } from './api-socket';
import { checkRequest, tokenCookieName, type GuardResult } from './loopback-guard';
import { serveDownload, serveStatic } from './static-files';
import { hideUploadPaths } from './hide-upload-paths';
import { uploadsEndedBy } from './upload-release';
import type { UploadStore } from './uploads';

export interface WebServerOptions {
  core: Core;
  /** Where dropped files are copied for import (browser mode only). */
  uploads?: UploadStore;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Where refused input and caught failures are reported. Default: stderr. */
  log?: (message: string) => void;
}

export interface RunningWebServer {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const plainText = { 'Content-Type': 'text/plain; charset=utf-8' };

function refusal(verdict: Extract<GuardResult, { ok: false }>): string {
  return verdict.status === 401
    ? 'Inside Track: open the address printed by `npm run web`; it carries this launch’s token.\n'
    : `Inside Track: ${verdict.reason}.\n`;
}

const statusLines = { 400: '400 Bad Request', 401: '401 Unauthorized', 403: '403 Forbidden' } as const;

/** Browser mode: the renderer and the API on 127.0.0.1, behind a per-launch token. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    throw new Error(`The app is not built (${options.staticDir} has no index.html). Run: npm run build`);
  }
  const log = options.log ?? ((message: string) => console.error(message));
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  sockets.on('error', (error) => log(`browser mode: WebSocket server: ${error.message}`));
  let port = 0;

  const receiveUpload = (
    uploads: UploadStore,
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ) => {
    // Only our own page may upload: a browser always sends Origin on a cross-origin POST.
    if (request.headers.origin === undefined) {
      response.writeHead(403).end();
      return;
    }
    const batch = url.searchParams.get('batch') ?? '';
    const name = url.searchParams.get('name') ?? '';
    uploads.receive(request, batch, name).then(
      (path) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ path }));
      },
      (error: unknown) => {
        if (response.headersSent || response.destroyed) return;
        response.writeHead(400, plainText);
        response.end(`Upload refused: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  const handleRequest = (request: IncomingMessage, response: ServerResponse) => {
    const verdict = checkRequest(request, port, token, { requireOrigin: false });
    if (!verdict.ok) {
      response.writeHead(verdict.status, plainText).end(refusal(verdict));
      return;
    }
    const { url } = verdict;
    if (request.method === 'POST' && url.pathname === '/upload' && options.uploads) {
      receiveUpload(options.uploads, request, response, url);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (url.pathname.startsWith('/briefs/')) {
      serveDownload(briefsDir(options.core.dataDir), url.pathname.slice('/briefs/'.length), response);
      return;
    }
    if (verdict.tokenFromQuery) {
      response.setHeader(
        'Set-Cookie',
        `${tokenCookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    serveStatic(options.staticDir, url.pathname, response);
  };

  const server = createServer((request, response) => {
    // A client that goes away mid-request is its own loss; the server keeps serving.
    request.on('error', (error) => log(`browser mode: request ${request.method} failed: ${error.message}`));
    response.on('error', (error) => log(`browser mode: response failed: ${error.message}`));
    try {
      handleRequest(request, response);
    } catch (error) {
      log(`browser mode: ${request.method} ${request.url} failed: ${String(error)}`);
      if (response.headersSent) response.destroy();
      else response.writeHead(500, plainText).end('Inside Track: something went wrong.\n');
    }
  });
  // Requests the HTTP parser refuses (bad request line, headers too large, NUL in the path).
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  });
  server.on('error', (error) => log(`browser mode: server: ${error.message}`));

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', (error) => log(`browser mode: upgrade failed: ${error.message}`));
    try {
      const verdict = checkRequest(request, port, token, { requireOrigin: true });
      if (!verdict.ok || verdict.url.pathname !== '/api') {
        const status = verdict.ok ? '404 Not Found' : statusLines[verdict.status];
        socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
        return;
      }
      sockets.handleUpgrade(request, socket, head, (ws) =>
        serveApiSocket(ws, {
          core: options.core,
          log,
          afterCall: async (call, envelope) => {
            const ended = uploadsEndedBy(call, envelope);
            if (ended.length > 0) await options.uploads?.release(ended);
          },
          shapeEnvelope: (envelope) =>
            options.uploads ? hideUploadPaths(envelope, options.uploads.launchDir) : envelope,
        }),
      );
    } catch (error) {
      log(`browser mode: upgrade failed: ${String(error)}`);
      socket.destroy();
    }
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => {
          options.uploads?.close();
          resolvePromise();
        });
        server.closeAllConnections();
      }),
  };
}
