import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as connectTcp, type Socket } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createCore, type Core } from '../api/core';
import { UploadStore } from './uploads';
import { startWebServer, type RunningWebServer } from './web-server';

/** Test support for the browser-mode server: a real server on 127.0.0.1 and plain clients. */

export const TEST_TOKEN = 'test-token-123';

export interface TestServer {
  server: RunningWebServer;
  core: Core;
  uploads: UploadStore;
  dataDir: string;
  workspacesDir: string;
  /** What the server logged (its guard reports what it refused or caught). */
  logged: string[];
}

export async function startTestServer(tempDir: () => string): Promise<TestServer> {
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Inside Track</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const dataDir = tempDir();
  const workspacesDir = tempDir();
  const core = createCore({ host: 'web', dataDir, workspacesDir });
  const uploads = new UploadStore(dataDir);
  const logged: string[] = [];
  const server = await startWebServer({
    core,
    staticDir,
    token: TEST_TOKEN,
    uploads,
    log: (message) => logged.push(message),
  });
  return { server, core, uploads, dataDir, workspacesDir, logged };
}

export function authHeaders(port: number, token = TEST_TOKEN): { Origin: string; Cookie: string } {
  return { Origin: `http://127.0.0.1:${port}`, Cookie: `inside_track_token_${port}=${token}` };
}

export interface HttpReply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export function httpRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          headers: res.headers,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Bytes written as they are, for requests a well-behaved client would refuse to send. Resolves to
 * what came back (possibly nothing) once the server closes, or after `waitMs` if it does not.
 */
export function rawExchange(port: number, bytes: Buffer, waitMs = 2_000): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connectTcp({ host: '127.0.0.1', port });
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(bytes, () => socket.end());
  });
}

export function connectWebSocket(
  port: number,
  headers: Record<string, string> = authHeaders(port),
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api`, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

/** One API call over the socket, as the page makes it. */
export function callOverSocket(socket: WebSocket, method: string, args: unknown, id = 1): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { type: string; id?: number; envelope?: unknown };
      if (message.type === 'result' && message.id === id) {
        socket.off('message', onMessage);
        resolve(message.envelope);
      }
    };
    socket.on('message', onMessage);
    socket.once('close', () => reject(new Error('socket closed')));
    socket.send(JSON.stringify({ type: 'call', id, method, args }));
  });
}

/** A raw socket after a successful WebSocket handshake, to write frames no library would. */
export function rawWebSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host: '127.0.0.1', port });
    socket.on('error', reject);
    const headers = authHeaders(port);
    socket.write(
      [
        'GET /api HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        `Origin: ${headers.Origin}`,
        `Cookie: ${headers.Cookie}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (head.startsWith('HTTP/1.1 101')) resolve(socket);
      else reject(new Error(head.split('\r\n')[0]));
    };
    socket.on('data', onData);
  });
}

/** A client frame (clients must mask); `length` may claim more than the payload holds. */
export function clientFrame(
  opcode: number,
  payload: Buffer,
  options: { fin?: boolean; length?: number } = {},
): Buffer {
  const length = options.length ?? payload.length;
  const first = ((options.fin ?? true) ? 0x80 : 0) | (opcode & 0x0f);
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([first, 0x80 | length]);
  } else if (length < 65536) {
    header = Buffer.alloc(4);
    header.writeUInt8(first, 0);
    header.writeUInt8(0x80 | 126, 1);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(first, 0);
    header.writeUInt8(0x80 | 127, 1);
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  const masked = Buffer.from(payload);
  for (let i = 0; i < masked.length; i++) masked[i] = masked[i]! ^ mask[i % 4]!;
  return Buffer.concat([header, mask, masked]);
}

/** Resolves when the server has closed the raw socket, or after `waitMs`. */
export function untilClosed(socket: Socket, waitMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve();
    const timer = setTimeout(() => {
      socket.destroy();
      resolve();
    }, waitMs);
    socket.on('error', () => {});
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.resume();
  });
}
