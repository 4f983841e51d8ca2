import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { authHeaders, httpRequest, rawExchange, startTestServer, type TestServer } from './web-test-harness';

const tempDir = useTempDir();
let running: TestServer | undefined;
afterEach(async () => {
  await running?.server.close();
  running?.core.close();
  running = undefined;
});

const SECRET = 'secret-settings-do-not-serve';

async function serveWithSecrets(): Promise<{ port: number; cookie: { Cookie: string } }> {
  running = await startTestServer(tempDir);
  const { dataDir } = running;
  mkdirSync(join(dataDir, 'briefs'));
  writeFileSync(join(dataDir, 'briefs', 'Brief acme.pdf'), '%PDF-1.7 brief');
  mkdirSync(join(dataDir, 'briefs', 'folder'));
  writeFileSync(join(dataDir, 'settings.json'), SECRET);
  const { port } = running.server;
  return { port, cookie: { Cookie: authHeaders(port).Cookie } };
}

describe('static files and brief downloads', () => {
  it.each([
    '/%2e%2e/%2e%2e/settings.json',
    '/..%2f..%2fsettings.json',
    '/..%5c..%5csettings.json',
    '/%5c..%5c..%5csettings.json',
    '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '//..//..//settings.json',
  ])('never serves a file outside the app folder: %s', async (path) => {
    const { port, cookie } = await serveWithSecrets();
    const reply = await httpRequest(port, 'GET', path, cookie);
    expect([200, 400, 403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
    expect(reply.body).not.toContain('root:');
  });

  it('answers a path of 4,000 characters with the app page', async () => {
    const { port, cookie } = await serveWithSecrets();
    const reply = await httpRequest(port, 'GET', `/${'a/'.repeat(2000)}x`, cookie);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Inside Track</title>');
  });

  it.each(['/%E0%A4%A', '/%ZZ', '/assets/%', '/%00', '/a%00.js'])(
    'answers 400 to a path that does not decode to a file name: %s',
    async (path) => {
      const { port, cookie } = await serveWithSecrets();
      expect((await httpRequest(port, 'GET', path, cookie)).status).toBe(400);
    },
  );

  it.each([
    ['..%2fsettings.json', 404],
    ['..%5csettings.json', 404],
    ['%2e%2e%2fsettings.json', 404],
    ['.hidden', 404],
    ['folder', 404],
    ['', 404],
    ['%ZZ', 400],
    ['%E0%A4%A', 400],
    ['Brief%00acme.pdf', 400],
  ])('a brief name “%s” downloads nothing outside the briefs folder (%i)', async (name, status) => {
    const { port, cookie } = await serveWithSecrets();
    const reply = await httpRequest(port, 'GET', `/briefs/${name}`, cookie);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain(SECRET);
  });

  it('still downloads a brief by its encoded name', async () => {
    const { port, cookie } = await serveWithSecrets();
    const reply = await httpRequest(port, 'GET', `/briefs/${encodeURIComponent('Brief acme.pdf')}`, cookie);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('%PDF-1.7 brief');
  });

  it('refuses raw NUL, backslashes and dot segments in the request line without dying', async () => {
    const { port, cookie } = await serveWithSecrets();
    for (const path of [
      '/a\0b',
      '/..\\..\\settings.json',
      '/../../settings.json',
      '/briefs/../settings.json',
    ]) {
      const raw = `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie.Cookie}\r\nConnection: close\r\n\r\n`;
      const reply = (await rawExchange(port, Buffer.from(raw, 'latin1'))).toString('latin1');
      expect(reply).not.toContain(SECRET);
    }
    expect((await httpRequest(port, 'GET', '/assets/app.js', cookie)).body).toBe('console.log(1)');
  });
});
