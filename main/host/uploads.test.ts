import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../api/core';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { STALE_UPLOADS_MS } from './upload-leftovers';
import { UploadStore } from './uploads';
import {
  authHeaders,
  callOverSocket,
  connectWebSocket,
  httpRequest,
  startTestServer,
  type TestServer,
} from './web-test-harness';

/** Issue 11, problem 7: uploaded copies live only as long as their import or review. */

const tempDir = useTempDir();
let running: TestServer | undefined;
afterEach(async () => {
  await running?.server.close();
  running?.core.close();
  running = undefined;
});

async function upload(port: number, batch: string, name: string, body: string | Buffer): Promise<string> {
  const reply = await httpRequest(
    port,
    'POST',
    `/upload?batch=${batch}&name=${encodeURIComponent(name)}`,
    authHeaders(port),
    body,
  );
  expect(reply.status).toBe(200);
  return (JSON.parse(reply.body) as { path: string }).path;
}

async function withWorkspace(): Promise<{
  server: TestServer;
  call: (method: string, args: unknown) => Promise<unknown>;
}> {
  running = await startTestServer(tempDir);
  const socket = await connectWebSocket(running.server.port);
  let id = 0;
  const call = (method: string, args: unknown) => callOverSocket(socket, method, args, ++id);
  const workspace = join(running.workspacesDir, 'Acme.itrack');
  expect(await call('workspace.create', { path: workspace })).toMatchObject({ ok: true });
  return { server: running, call };
}

describe('uploaded copies', () => {
  it('are deleted when their import has run', async () => {
    const { server, call } = await withWorkspace();
    const path = await upload(
      server.server.port,
      'b1',
      'mentions.jsonl',
      readFileSync(samplePath('twarc2', 'mentions_tweet.jsonl')),
    );
    expect(existsSync(path)).toBe(true);
    expect(await call('import.run', { path })).toMatchObject({ ok: true });
    expect(existsSync(path)).toBe(false);
    expect(existsSync(dirname(path))).toBe(false);
  });

  it('are deleted when their import fails', async () => {
    const { server, call } = await withWorkspace();
    const path = await upload(server.server.port, 'b2', 'notes.txt', 'not an export of anything');
    expect(await call('import.run', { path })).toMatchObject({ ok: false });
    expect(existsSync(path)).toBe(false);
  });

  it('are deleted when the review is dismissed, the rest of the drop kept until then', async () => {
    const { server, call } = await withWorkspace();
    const { port } = server.server;
    const first = await upload(port, 'b3', 'archive/data/tweets.js', 'window.YTD = []');
    const second = await upload(port, 'b3', 'notes.csv', 'a,b\n1,2\n');
    expect(await call('import.discard', { paths: [first] })).toMatchObject({ ok: true, value: null });
    expect(existsSync(first)).toBe(false);
    expect(existsSync(second)).toBe(true);
    expect(await call('import.discard', { paths: [second] })).toMatchObject({ ok: true });
    expect(existsSync(dirname(second))).toBe(false);
  });

  it('never delete a path outside this launch’s upload folder', async () => {
    const { server, call } = await withWorkspace();
    const { dataDir, uploads } = server;
    const settings = join(dataDir, 'settings-copy.json');
    const elsewhere = join(tempDir(), 'mine.csv');
    const otherLaunch = join(uploads.root, `${process.pid}-0badc0de`, 'b', 'theirs.csv');
    mkdirSync(dirname(otherLaunch), { recursive: true });
    for (const file of [settings, elsewhere, otherLaunch]) writeFileSync(file, 'keep');
    const climbing = join(uploads.launchDir, 'b', '..', '..', '..', 'settings-copy.json');
    const paths = [settings, elsewhere, otherLaunch, climbing, uploads.launchDir, uploads.root];
    expect(await call('import.discard', { paths })).toMatchObject({ ok: true });
    for (const path of [elsewhere, otherLaunch, climbing]) {
      expect(await call('import.run', { path })).toMatchObject({ ok: false });
    }
    for (const file of [settings, elsewhere, otherLaunch]) expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('of this launch go when the server stops', async () => {
    running = await startTestServer(tempDir);
    const path = await upload(running.server.port, 'b4', 'a.csv', 'a\n');
    await running.server.close();
    running.core.close();
    running = undefined;
    expect(existsSync(path)).toBe(false);
  });
});

describe('upload leftovers at start', () => {
  it('removes folders of dead launches, stale ones and old flat batches; keeps live launches', () => {
    const dataDir = tempDir();
    const root = join(dataDir, 'uploads');
    const folder = (name: string) => {
      mkdirSync(join(root, name, 'b'), { recursive: true });
      writeFileSync(join(root, name, 'b', 'x.csv'), 'x');
      return join(root, name);
    };
    // Above Linux's largest pid_max: no process has it.
    const dead = folder('99999999-deadbeef');
    const live = folder(`${process.ppid}-cafebabe`);
    const sameProcess = folder(`${process.pid}-12345678`);
    const stale = folder(`${process.ppid}-00000000`);
    const old = new Date(Date.now() - STALE_UPLOADS_MS - 60_000);
    utimesSync(stale, old, old);
    const flat = folder('drop-1764750000-ab12');

    const store = new UploadStore(dataDir);

    expect(existsSync(dead)).toBe(false);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(flat)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(sameProcess)).toBe(true);
    store.close();
    expect(existsSync(live)).toBe(true);
  });
});

describe('import.discard outside browser mode', () => {
  it('deletes nothing', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'uploads', `${process.pid}-aaaaaaaa`, 'b', 'x.csv');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, 'keep');
    const core = createCore({ host: 'memory', dataDir, workspacesDir: tempDir() });
    const envelope = await core.dispatcher.dispatch({ method: 'import.discard', args: { paths: [file] } });
    expect(envelope).toEqual({ ok: true, value: null });
    expect(readFileSync(file, 'utf8')).toBe('keep');
    core.close();
  });
});
