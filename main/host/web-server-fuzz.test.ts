import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_TOKEN,
  callOverSocket,
  clientFrame,
  connectWebSocket,
  rawExchange,
  rawWebSocket,
  startTestServer,
  untilClosed,
  type TestServer,
} from './web-test-harness';

/**
 * Random input against a real browser-mode server on 127.0.0.1: whatever arrives, the process
 * keeps running (an uncaught exception fails this file), nothing answers 5xx or leaks a file
 * outside the app, and an ordinary call still works afterwards. Bounded: a fixed number of runs,
 * each waiting at most a second or two for the server to answer or close.
 */

let running: TestServer;
let port = 0;
const SECRET = 'secret-do-not-serve';

// One server for the whole file (the point is that it survives all of it), so its folders live
// until the end rather than being removed after each test.
const folders: string[] = [];
beforeAll(async () => {
  running = await startTestServer(() => {
    const dir = mkdtempSync(join(tmpdir(), 'inside-track-fuzz-'));
    folders.push(dir);
    return dir;
  });
  port = running.server.port;
  writeFileSync(join(running.dataDir, 'settings.json'), SECRET);
});
afterAll(async () => {
  await running.server.close();
  running.core.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function stillServes(): Promise<void> {
  const socket = await connectWebSocket(port);
  expect(await callOverSocket(socket, 'app.info', {})).toMatchObject({ ok: true, value: { host: 'web' } });
  socket.close();
}

const pathPiece = fc.oneof(
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%ZZ',
    '%00',
    '%2e%2e',
    '%2f',
    '%5c',
    '..',
    '.',
    '/',
    '//',
    '\\',
    '\0',
    'briefs/',
    'assets/',
    'api',
    'upload',
    '?token=',
    `?token=${TEST_TOKEN}`,
    '?batch=b&name=',
    '#',
    ' ',
    '\r\n',
    'settings.json',
    'index.html',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
);

const path = fc.oneof(
  { weight: 5, arbitrary: fc.array(pathPiece, { maxLength: 12 }).map((parts) => `/${parts.join('')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 40_000 }).map((n) => `/${'a/'.repeat(n)}`) },
  { weight: 1, arbitrary: fc.constantFrom('*', 'http://[', 'http://127.0.0.1:1/x', '//evil/x', '') },
);

// Mostly well-addressed and authenticated, so that most requests reach the code past the guard.
const hosts = (): fc.Arbitrary<string | null> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`) },
    fc.constantFrom('evil.example', ''),
    fc.string({ unit: 'binary-ascii', maxLength: 30 }),
    fc.constant(null),
  );

const cookies = (): fc.Arbitrary<string | null> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(`inside_track_token_${port}=${TEST_TOKEN}`) },
    fc.constantFrom(
      `inside_track_token_${port}=%E0%A4%A`,
      `inside_track_token_${port}=%`,
      `inside_track_token_${port}`,
      `=;;=;inside_track_token_${port}==${TEST_TOKEN}`,
    ),
    fc.string({ unit: 'binary', maxLength: 60 }).map((value) => `inside_track_token_${port}=${value}`),
    fc.string({ unit: 'binary-ascii', maxLength: 60 }),
    fc.constant(null),
  );

const origins = (): fc.Arbitrary<string | null> =>
  fc.oneof(
    fc.constantFrom(`http://127.0.0.1:${port}`, 'http://evil.example', 'null', 'http://', ''),
    fc.string({ unit: 'binary-ascii', maxLength: 30 }),
    fc.constant(null),
  );

const method = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE'),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 10 }),
);

const extraHeaders = fc.array(
  fc.oneof(
    fc.constantFrom(
      'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Upgrade: websocket\r\nConnection: Upgrade',
      'Transfer-Encoding: chunked',
      'Content-Length: 99999999999',
      'Content-Length: -1',
      'Expect: 100-continue',
    ),
    fc
      .tuple(fc.string({ unit: 'binary-ascii', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 40 }))
      .map(([name, value]) => `${name}: ${value}`),
  ),
  { maxLength: 3 },
);

function statusOf(reply: Buffer): number | null {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(reply.toString('latin1'));
  return match ? Number(match[1]) : null;
}

describe('browser-mode server under random input', () => {
  it('answers random HTTP requests without dying, leaking or failing', async () => {
    const request = fc.record({
      method,
      path,
      host: hosts(),
      cookie: cookies(),
      origin: origins(),
      extra: extraHeaders,
      body: fc.uint8Array({ maxLength: 2_048 }),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, host, cookie, origin, extra, body }) => {
        const lines = [`${method} ${path} HTTP/1.1`];
        if (host !== null) lines.push(`Host: ${host}`);
        if (cookie !== null) lines.push(`Cookie: ${cookie}`);
        if (origin !== null) lines.push(`Origin: ${origin}`);
        lines.push(...extra, `Content-Length: ${body.length}`, 'Connection: close', '', '');
        const reply = await rawExchange(
          port,
          Buffer.concat([Buffer.from(lines.join('\r\n'), 'utf8'), body]),
          1_500,
        );
        const status = statusOf(reply);
        if (status !== null) expect(status).toBeLessThan(500);
        expect(reply.toString('latin1')).not.toContain(SECRET);
      }),
      { numRuns: 400 },
    );
    await stillServes();
  });

  it('survives raw bytes on the HTTP port', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 4_096 }), async (bytes) => {
        await rawExchange(port, Buffer.from(bytes), 1_000);
      }),
      { numRuns: 100 },
    );
    await stillServes();
  });

  it('survives random WebSocket frames: bad UTF-8, oversized, bad opcodes, random calls', async () => {
    // Read-only or harmless methods only: a random call must not write files where it likes.
    const callMethod = fc.constantFrom(
      'app.info',
      'workspace.current',
      'import.list',
      'import.detect',
      'import.run',
      'import.discard',
      'accounts.list',
      'search.run',
      'settings.get',
      'call.cancel',
      'no.such',
      '__proto__',
      'constructor',
      'toString',
    );
    const call = fc.record(
      {
        type: fc.oneof(fc.constant('call'), fc.jsonValue()),
        id: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
        method: fc.oneof(callMethod, fc.jsonValue()),
        args: fc.jsonValue({ maxDepth: 3 }),
        callId: fc.oneof(fc.string(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const frame = fc.oneof(
      call.map((message) => clientFrame(0x1, Buffer.from(JSON.stringify(message)))),
      fc
        .jsonValue({ maxDepth: 3 })
        .map((value) => clientFrame(0x1, Buffer.from(JSON.stringify(value) ?? ''))),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => clientFrame(0x1, Buffer.from(bytes))),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => clientFrame(0x2, Buffer.from(bytes))),
      // Claims more than the 16 MB limit; the server must refuse it from the header alone.
      fc
        .tuple(
          fc.constantFrom(0x0, 0x1, 0x2),
          fc.integer({ min: 16 * 1024 * 1024 + 1, max: Number.MAX_SAFE_INTEGER }),
        )
        .map(([opcode, length]) => clientFrame(opcode, Buffer.alloc(0), { length })),
      fc
        .tuple(fc.integer({ min: 0, max: 15 }), fc.boolean(), fc.uint8Array({ maxLength: 200 }))
        .map(([opcode, fin, bytes]) => clientFrame(opcode, Buffer.from(bytes), { fin })),
      fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 6 }), async (frames) => {
        const socket = await rawWebSocket(port);
        socket.on('error', () => {});
        socket.write(Buffer.concat(frames), () => socket.end());
        await untilClosed(socket, 2_000);
      }),
      { numRuns: 150 },
    );
    await stillServes();
  });
});
