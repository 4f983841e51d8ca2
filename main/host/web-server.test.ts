import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore } from '../api/core';
import { useTempDir } from '../test-support/temp-dir';
import { UploadStore } from './uploads';
import { startWebServer, type RunningWebServer } from './web-server';

const tempDir = useTempDir();
let running: RunningWebServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

let dataDir = '';
async function serve(): Promise<RunningWebServer> {
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Inside Track</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  dataDir = tempDir();
  const core = createCore({ host: 'web', dataDir, workspacesDir: tempDir() });
  running = await startWebServer({
    core,
    staticDir,
    token: 'test-token-123',
    uploads: new UploadStore(core.dataDir),
  });
  return running;
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    body: string;
    headers: Record<string, string | string[] | undefined>;
  }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function post(port: number, path: string, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function connect(port: number, headers: Record<string, string>) {
  return new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api`, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

describe('browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying the token', async () => {
    const server = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=test-token-123`);
  });

  it('answers 401 to a request without the launch token', async () => {
    const { port } = await serve();
    const response = await get(port, '/');
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('<title>');
    expect((await get(port, '/?token=wrong')).status).toBe(401);
  });

  it('serves the app with the token and sets a cookie for the next requests', async () => {
    const { port } = await serve();
    const first = await get(port, '/?token=test-token-123');
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toContain("default-src 'none'");
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toContain('test-token-123');
    const asset = await get(port, '/assets/app.js', { Cookie: cookie });
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const { port } = await serve();
    const response = await get(port, '/?token=test-token-123', { Host: `evil.example:${port}` });
    expect(response.status).toBe(403);
  });

  it('refuses a foreign Origin', async () => {
    const { port } = await serve();
    const response = await get(port, '/?token=test-token-123', { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('does not serve files outside the app folder', async () => {
    const { port } = await serve();
    const response = await get(port, '/..%2f..%2f..%2fetc%2fpasswd?token=test-token-123');
    expect(response.body).not.toContain('root:');
  });

  it('runs API calls over the socket for our own origin with the cookie', async () => {
    const { port, token } = await serve();
    const socket = await connect(port, {
      Origin: `http://127.0.0.1:${port}`,
      Cookie: `inside_track_token_${port}=${token}`,
    });
    const reply = new Promise<unknown>((resolve) =>
      socket.once('message', (data) => resolve(JSON.parse(String(data)))),
    );
    socket.send(JSON.stringify({ type: 'call', id: 7, method: 'app.info', args: {} }));
    expect(await reply).toMatchObject({
      type: 'result',
      id: 7,
      envelope: { ok: true, value: { host: 'web' } },
    });
    socket.close();
  });

  it('refuses a socket from another origin or without the token', async () => {
    const { port, token } = await serve();
    await expect(
      connect(port, { Origin: 'http://evil.example', Cookie: `inside_track_token_${port}=${token}` }),
    ).rejects.toThrow('HTTP 403');
    await expect(connect(port, { Origin: `http://127.0.0.1:${port}` })).rejects.toThrow('HTTP 401');
  });

  it('takes dropped files for import from our own page only, inside its upload folder', async () => {
    const { port, token } = await serve();
    const auth = { Origin: `http://127.0.0.1:${port}`, Cookie: `inside_track_token_${port}=${token}` };
    const ok = await post(
      port,
      '/upload?batch=b1&name=' + encodeURIComponent('archive/data/tweets.js'),
      'window.YTD = []',
      auth,
    );
    expect(ok.status).toBe(200);
    const { path } = JSON.parse(ok.body) as { path: string };
    expect(path.startsWith(join(dataDir, 'uploads'))).toBe(true);
    expect(path.endsWith(join('b1', 'archive'))).toBe(true);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(path, 'data', 'tweets.js'), 'utf8')).toBe('window.YTD = []');

    const climbing = await post(
      port,
      '/upload?batch=b1&name=' + encodeURIComponent('../../escape.js'),
      'x',
      auth,
    );
    expect(climbing.status).toBe(400);
    const noOrigin = await post(port, '/upload?batch=b1&name=a.js', 'x', { Cookie: auth.Cookie });
    expect(noOrigin.status).toBe(403);
    const noToken = await post(port, '/upload?batch=b1&name=a.js', 'x', { Origin: auth.Origin });
    expect(noToken.status).toBe(401);
  });

  it('offers a brief for download, and nothing outside the briefs folder', async () => {
    const { port, token } = await serve();
    mkdirSync(join(dataDir, 'briefs'));
    writeFileSync(join(dataDir, 'briefs', 'Brief acme 2026-11-23.pdf'), '%PDF-1.7 test');
    writeFileSync(join(dataDir, 'settings.json'), '{}');
    const cookie = { Cookie: `inside_track_token_${port}=${token}` };
    const ok = await get(port, `/briefs/${encodeURIComponent('Brief acme 2026-11-23.pdf')}`, cookie);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('application/pdf');
    expect(String(ok.headers['content-disposition'])).toContain('attachment');
    expect((await get(port, `/briefs/${encodeURIComponent('../settings.json')}`, cookie)).status).toBe(404);
    expect((await get(port, '/briefs/x.pdf')).status).toBe(401);
  });
});
