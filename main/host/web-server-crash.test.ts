import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { useTempDir } from '../test-support/temp-dir';
import { connectClient } from '../test-support/web-host';
import { startWebProcess, stopWebProcess } from '../test-support/web-process';
import {
  authHeaders,
  callOverSocket,
  connectWebSocket,
  httpRequest,
  startTestServer,
  type TestServer,
} from './web-test-harness';

/** Issue 11, problem 4: single requests that used to end the browser-mode process. */

const tempDir = useTempDir();
let running: TestServer | undefined;
afterEach(async () => {
  await running?.server.close();
  running?.core.close();
  running = undefined;
});

async function stillServes(port: number): Promise<void> {
  const socket = await connectWebSocket(port);
  expect(await callOverSocket(socket, 'app.info', {})).toMatchObject({ ok: true, value: { host: 'web' } });
  socket.close();
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

describe('browser-mode server survives malformed input', () => {
  it('a token cookie that is not valid percent-encoding is a missing token, not a crash', async () => {
    running = await startTestServer(tempDir);
    const { port } = running.server;
    // Needs no token: any page on another loopback port can plant this cookie.
    const reply = await httpRequest(port, 'GET', '/', { Cookie: `inside_track_token_${port}=%E0%A4%A` });
    expect(reply.status).toBe(401);
    await stillServes(port);
  });

  it('a path that is not valid percent-encoding answers 400', async () => {
    running = await startTestServer(tempDir);
    const { port } = running.server;
    const cookie = { Cookie: authHeaders(port).Cookie };
    expect((await httpRequest(port, 'GET', '/%E0%A4%A', cookie)).status).toBe(400);
    expect((await httpRequest(port, 'GET', '/briefs/%ZZ', cookie)).status).toBe(400);
    await stillServes(port);
  });

  it('a text frame that is not valid UTF-8 closes that socket only', async () => {
    running = await startTestServer(tempDir);
    const { port } = running.server;
    const socket = await connectWebSocket(port);
    socket.on('error', () => {});
    const code = closed(socket);
    socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await code).toBe(1007);
    await stillServes(port);
  });

  it('a frame over the 16 MB limit closes that socket only', async () => {
    running = await startTestServer(tempDir);
    const { port } = running.server;
    const socket = await connectWebSocket(port);
    socket.on('error', () => {});
    const code = closed(socket);
    socket.send(Buffer.alloc(16 * 1024 * 1024 + 1, 0x20));
    expect(await code).toBe(1009);
    await stillServes(port);
  });

  it('the real `npm run web` process stays up through all of them', { timeout: 60_000 }, async () => {
    const { child, url } = await startWebProcess({
      dataDir: tempDir(),
      workspacesDir: tempDir(),
      built: false,
    });
    try {
      const port = Number(new URL(url).port);
      const auth = authHeaders(port, new URL(url).searchParams.get('token') ?? '');
      await httpRequest(port, 'GET', '/', { Cookie: `inside_track_token_${port}=%E0%A4%A` });
      await httpRequest(port, 'GET', '/%E0%A4%A', { Cookie: auth.Cookie });
      await httpRequest(port, 'GET', '/briefs/%ZZ', { Cookie: auth.Cookie });
      for (const frame of [Buffer.from([0xff, 0xfe]), Buffer.alloc(16 * 1024 * 1024 + 1, 0x20)]) {
        const socket = await connectWebSocket(port, auth);
        socket.on('error', () => {});
        const code = closed(socket);
        socket.send(frame, { binary: false });
        await code;
      }
      const client = await connectClient(url);
      expect(await client.api.app.info()).toMatchObject({ host: 'web' });
      client.close();
      expect(child.exitCode).toBeNull();
    } finally {
      await stopWebProcess(child);
    }
  });
});
