import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createCore } from '../api/core';
import { createMemoryTransport } from '../host/memory-transport';
import { fingerprint } from '../test-support/file-hash';
import { filesContaining } from '../test-support/folder-bytes';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
/** The files directly in the folder (the backups folder beside the workspace is checked by grep). */
const plainFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
const MARKER = 'zqsecretmarker';

async function start() {
  const dir = tempDir();
  const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: dir });
  const api = createClient(createMemoryTransport(core));
  const csv = join(tempDir(), 'handles.csv');
  writeFileSync(csv, `screen_name,display name\n${MARKER},Quinn ${MARKER}\nbo,Bo Bridge\n`);
  const importMarker = () =>
    api.import.run({
      path: csv,
      columnMapping: {
        kind: 'accounts',
        columns: { handle: 'screen_name', name: 'display name' },
        defaultNetwork: 'x',
      },
    });
  return { core, api, dir, path: join(dir, 'Acme.itrack'), importMarker };
}

// Each key derivation (scrypt, meant to be slow) costs about a second of CPU.
describe('encrypted workspaces through the API', { timeout: 90_000 }, () => {
  it('created with a passphrase: imported text is nowhere in plain, and opening asks for the passphrase', async () => {
    const { core, api, dir, path, importMarker } = await start();
    const created = await api.workspace.create({ path, passphrase: 'long enough passphrase' });
    expect(created.encrypted).toBe(true);
    await importMarker();
    expect(filesContaining(dir, MARKER)).toEqual([]);
    await api.workspace.close();
    expect(filesContaining(dir, MARKER)).toEqual([]);

    const [recent] = await api.workspace.recent();
    expect(recent).toMatchObject({ path, encrypted: true });
    await expect(api.workspace.open({ path })).rejects.toMatchObject({ code: 'WORKSPACE_NEEDS_PASSPHRASE' });
    const before = fingerprint(path);
    await expect(api.workspace.open({ path, passphrase: 'long enough passphrasf' })).rejects.toMatchObject({
      code: 'WORKSPACE_WRONG_PASSPHRASE',
    });
    expect(fingerprint(path)).toBe(before);
    const opened = await api.workspace.open({ path, passphrase: 'long enough passphrase' });
    expect(opened.encrypted).toBe(true);
    expect(await api.accounts.find({ ref: `@${MARKER}` })).toMatchObject({ name: `Quinn ${MARKER}` });
    core.close();
  });

  it('encrypting an open plain workspace leaves no plaintext file, WAL or journal beside it', async () => {
    const { core, api, dir, path, importMarker } = await start();
    await api.workspace.create({ path });
    await importMarker();
    const counts = await api.workspace.stats();
    expect(filesContaining(dir, MARKER).length).toBeGreaterThan(0); // the test can see plaintext

    const info = await api.workspace.encrypt({ passphrase: 'new passphrase' });
    expect(info.encrypted).toBe(true);
    expect(filesContaining(dir, MARKER)).toEqual([]);
    expect(plainFiles(dir).filter((name) => !/-(wal|shm)$/.test(name))).toEqual(['Acme.itrack']);
    expect(await api.workspace.stats()).toEqual(counts);

    await api.workspace.close();
    expect(plainFiles(dir)).toEqual(['Acme.itrack']);
    expect(filesContaining(dir, MARKER)).toEqual([]);
    await expect(api.workspace.open({ path })).rejects.toMatchObject({ code: 'WORKSPACE_NEEDS_PASSPHRASE' });
    await api.workspace.open({ path, passphrase: 'new passphrase' });
    expect(await api.workspace.stats()).toEqual(counts);
    await expect(api.workspace.encrypt({ passphrase: 'again' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    core.close();
  });

  it('changing the passphrase needs the current one; the old one no longer opens it', async () => {
    const { core, api, path, importMarker } = await start();
    await api.workspace.create({ path, passphrase: 'first one' });
    await importMarker();
    const before = fingerprint(path);
    await expect(
      api.workspace.changePassphrase({ current: 'not the first', passphrase: 'second one' }),
    ).rejects.toMatchObject({ code: 'WORKSPACE_WRONG_PASSPHRASE' });
    expect(fingerprint(path)).toBe(before);

    expect(
      (await api.workspace.changePassphrase({ current: 'first one', passphrase: 'second one' })).encrypted,
    ).toBe(true);
    await api.workspace.close();
    await expect(api.workspace.open({ path, passphrase: 'first one' })).rejects.toMatchObject({
      code: 'WORKSPACE_WRONG_PASSPHRASE',
    });
    await api.workspace.open({ path, passphrase: 'second one' });
    expect(await api.accounts.find({ ref: `@${MARKER}` })).not.toBeNull();
    core.close();
  });

  it('removing the passphrase makes it a plain workspace again', async () => {
    const { core, api, dir, path, importMarker } = await start();
    await api.workspace.create({ path, passphrase: 'first one' });
    await importMarker();
    const info = await api.workspace.removePassphrase({ current: 'first one' });
    expect(info.encrypted).toBe(false);
    await api.workspace.close();
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(filesContaining(dir, MARKER)).toContain('Acme.itrack');
    expect((await api.workspace.open({ path })).encrypted).toBe(false);
    core.close();
  });
});
