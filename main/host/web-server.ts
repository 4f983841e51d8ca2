import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CallRequest } from '../../common/transport';
import { briefsDir, type Core } from '../api/core';
import { checkRequest, tokenCookieName } from './loopback-guard';
import { serveDownload, serveStatic } from './static-files';
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
}

export interface RunningWebServer {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** Messages on the /api socket. Calls carry an id; results answer it; events have none. */
type ClientMessage = { type: 'call'; id: number } & CallRequest;

function parseClientMessage(data: string): ClientMessage | null {
  try {
    const value = JSON.parse(data) as Partial<ClientMessage>;
    if (value.type !== 'call' || typeof value.id !== 'number' || typeof value.method !== 'string') {
      return null;
    }
    if (value.callId !== undefined && typeof value.callId !== 'string') return null;
    return value as ClientMessage;
  } catch {
    return null;
  }
}

/** Browser mode: the renderer and the API on 127.0.0.1, behind a per-launch token. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    throw new Error(`The app is not built (${options.staticDir} has no index.html). Run: npm run build`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  let port = 0;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const verdict = checkRequest(request, port, token, { requireOrigin: false });
    if (!verdict.ok) {
      response.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(
        verdict.status === 401
          ? 'Inside Track: open the address printed by `npm run web`; it carries this launch’s token.\n'
          : `Inside Track: ${verdict.reason}.\n`,
      );
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === '/upload' && options.uploads) {
      // Only our own page may upload: a browser always sends Origin on a cross-origin POST.
      if (request.headers.origin === undefined) {
        response.writeHead(403).end();
        return;
      }
      const batch = url.searchParams.get('batch') ?? '';
      const name = url.searchParams.get('name') ?? '';
      options.uploads.receive(request, batch, name).then(
        (path) => {
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ path }));
        },
        (error: unknown) => {
          response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end(`Upload refused: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (url.pathname.startsWith('/briefs/')) {
      serveDownload(
        briefsDir(options.core.dataDir),
        decodeURIComponent(url.pathname.slice('/briefs/'.length)),
        response,
      );
      return;
    }
    if (verdict.tokenFromQuery) {
      response.setHeader(
        'Set-Cookie',
        `${tokenCookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    serveStatic(options.staticDir, url.pathname, response);
  });

  server.on('upgrade', (request, socket, head) => {
    const verdict = checkRequest(request, port, token, { requireOrigin: true });
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!verdict.ok || url.pathname !== '/api') {
      const status = verdict.ok
        ? '404 Not Found'
        : verdict.status === 401
          ? '401 Unauthorized'
          : '403 Forbidden';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws));
  });

  sockets.on('connection', (ws: WebSocket) => {
    const unsubscribe = options.core.events.subscribe((event, payload) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'event', event, payload }));
    });
    ws.on('close', unsubscribe);
    ws.on('message', (data) => {
      const message = parseClientMessage(data.toString());
      if (!message) {
        ws.close(1003, 'Malformed message');
        return;
      }
      const { id, method, args, callId } = message;
      void options.core.dispatcher.dispatch({ method, args, callId }).then((envelope) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, envelope }));
      });
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
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
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}
