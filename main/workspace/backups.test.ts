import { closeSync, openSync, writeFileSync, writeSync, statSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupsFolder } from '../db/backup-folder';
import { WorkspaceBackups } from './backups';
import { backupsWorld } from '../test-support/backups-world';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const archive = () => samplePath('x-archive', 'denchi-2020');
const other = () => samplePath('x-archive', 'honestmvp-2020');

async function counts(api: ReturnType<typeof backupsWorld>['api']) {
  const { accounts, follows, posts, likes, sources } = await api.workspace.stats();
  return { accounts, follows, posts, likes, sources };
}

/** Overwrites bytes in the middle of a closed file, as a failing disk or a bad copy would. */
function damage(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    // A third of the file from its middle: whichever tables live there are hit.
    const length = Math.floor(size / 3 / 4096) * 4096;
    writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, Math.floor(size / 3 / 4096) * 4096);
  } finally {
    closeSync(fd);
  }
}

describe('backups before imports and removals', () => {
  it('an import leaves a backup beside the workspace, saying what came after it', async () => {
    const { api, path } = backupsWorld(tempDir(), tempDir());
    await api.workspace.create({ path });
    await api.import.run({ path: archive() });
    const backups = await api.backups.list({ path });
    expect(backups).toHaveLength(1);
    expect(backups[0]!.label).toMatch(/^import of .+/);
    expect(backups[0]!.name).toMatch(/^\d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\.\d{3} before import\.itrack$/);
    expect(readdirSync(backupsFolder(path))).toContain(backups[0]!.name);
    expect(backups[0]!.sizeBytes).toBeGreaterThan(0);
  });

  it('importing a file already imported changes nothing and takes no backup', async () => {
    const { api, path } = backupsWorld(tempDir(), tempDir());
    await api.workspace.create({ path });
    await api.import.run({ path: archive() });
    await api.import.run({ path: archive() });
    expect(await api.backups.list({ path })).toHaveLength(1);
  });

  it('removing an import takes a backup first; only the newest N are kept', async () => {
    const { api, path } = backupsWorld(tempDir(), tempDir());
    await api.workspace.create({ path });
    expect(await api.backups.settings()).toEqual({ keep: 5 });
    await api.backups.setKeep({ keep: 2 });
    await api.import.run({ path: archive() });
    await api.import.run({ path: other() });
    const [latest] = await api.import.list();
    await api.import.remove({ sourceId: latest!.id });
    const backups = await api.backups.list({ path });
    expect(backups.map((b) => b.label.split(' ')[0])).toEqual(['removal', 'import']);
    expect(backups[1]!.label).toMatch(/honestmvp/i);
  });

  it('restoring brings back the exact counts, and keeps the current file as one more backup', async () => {
    const { api, path } = backupsWorld(tempDir(), tempDir());
    await api.workspace.create({ path });
    await api.import.run({ path: archive() });
    const before = await counts(api);
    await api.import.run({ path: other() });
    expect(await counts(api)).not.toEqual(before);
    const [beforeOther] = await api.backups.list({ path });
    expect(beforeOther!.label).toMatch(/honestmvp/i);
    const info = await api.backups.restore({ path, name: beforeOther!.name });
    expect(info.path).toBe(path);
    expect(await counts(api)).toEqual(before);
    const labels = (await api.backups.list({ path })).map((b) => b.label);
    expect(labels[0]).toMatch(/^restore of the backup from /);
    expect(labels).toHaveLength(3);
  });

  it('a backup that cannot be made stops the import, and nothing is imported', async () => {
    const { api, path } = backupsWorld(tempDir(), tempDir());
    await api.workspace.create({ path });
    // A file where the backups folder should be: the folder cannot be made, as on a full disk.
    writeFileSync(backupsFolder(path), 'in the way');
    const error = await api.import.run({ path: archive() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IO' });
    expect((error as Error).message).toMatch(
      /No backup of “Acme\.itrack” could be made, so .+ was not imported/,
    );
    expect((await counts(api)).accounts).toBe(0);
    expect(await api.import.list()).toEqual([]);
  });
});

describe('a damaged workspace', () => {
  it('is refused on open with the newest backup named, and restoring it brings the counts back', async () => {
    const dir = tempDir();
    const { api, path } = backupsWorld(dir, tempDir());
    await api.workspace.create({ path });
    await api.import.run({ path: archive() });
    await api.import.run({ path: other() });
    const expected = await counts(api);
    // A backup of what the file holds now, so the restore has something to bring back exactly.
    const [first] = await api.import.list();
    await api.import.remove({ sourceId: first!.id });
    await api.workspace.close();
    damage(path);

    const refusal = await api.workspace.open({ path }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'WORKSPACE_DAMAGED' });
    expect((refusal as Error).message).toMatch(/^“Acme” is damaged.*Restore the newest backup \(.+ UTC\)\?$/);
    const newest = (refusal as { details: { backup: { name: string } } }).details.backup;
    expect(newest.name).toBe((await api.backups.list({ path }))[0]!.name);

    await api.backups.restore({ path, name: newest.name });
    expect(await counts(api)).toEqual(expected);
    const kept = await api.backups.list({ path });
    expect(kept[0]!.label).toMatch(/this file was damaged/);
  });

  it('a damaged backup is refused before it replaces anything', async () => {
    const { api, path } = backupsWorld(tempDir(), tempDir());
    await api.workspace.create({ path });
    await api.import.run({ path: archive() });
    await api.import.run({ path: other() });
    const now = await counts(api);
    const [newest] = await api.backups.list({ path });
    damage(`${backupsFolder(path)}/${newest!.name}`);
    await expect(api.backups.restore({ path, name: newest!.name })).rejects.toMatchObject({
      code: 'WORKSPACE_DAMAGED',
    });
    expect(await counts(api)).toEqual(now);
  });
});

describe('a full disk', () => {
  it('a backup that fails for want of space says so and leaves no partial file', async () => {
    const { api, core, path } = backupsWorld(tempDir(), tempDir());
    await api.workspace.create({ path });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const backups = new WorkspaceBackups({
      keep: () => 5,
      snapshot: (_db, target) => {
        writeFileSync(target, 'half a backup');
        throw full;
      },
    });
    const error = (() => {
      try {
        backups.before(core.session.require(), { label: 'import of x.js', outcome: 'x.js was not imported' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ code: 'DISK_FULL' });
    expect((error as Error).message).toBe(
      'The disk is full: no backup of “Acme.itrack” could be made, so x.js was not imported. Free some space, then try again.',
    );
    expect(readdirSync(backupsFolder(path))).toEqual([]);
  });
});

describe('a damaged encrypted workspace', () => {
  it('is restored with its passphrase, which opens the backup; a wrong one restores nothing', async () => {
    const { api, path } = backupsWorld(tempDir(), tempDir());
    const passphrase = 'correct horse battery staple';
    await api.workspace.create({ path, passphrase });
    await api.import.run({ path: archive() });
    await api.import.run({ path: other() });
    const expected = await counts(api);
    const [first] = await api.import.list();
    await api.import.remove({ sourceId: first!.id });
    await api.workspace.close();
    damage(path);
    await expect(api.workspace.open({ path, passphrase })).rejects.toMatchObject({
      code: 'WORKSPACE_DAMAGED',
    });
    const [newest] = await api.backups.list({ path });
    await expect(api.backups.restore({ path, name: newest!.name })).rejects.toMatchObject({
      code: 'WORKSPACE_NEEDS_PASSPHRASE',
    });
    await expect(
      api.backups.restore({ path, name: newest!.name, passphrase: 'wrong horse' }),
    ).rejects.toMatchObject({ code: 'WORKSPACE_WRONG_PASSPHRASE' });
    const info = await api.backups.restore({ path, name: newest!.name, passphrase });
    expect(info.encrypted).toBe(true);
    expect(await counts(api)).toEqual(expected);
  });
});
