import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsBytes, backupsWorld } from '../test-support/backups-world';
import { markersIn, workspaceBytes } from '../test-support/erase-world';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

/** twarc2's real flat.jsonl sample imported, and its most prolific author with a handle. */
async function sampleWorld() {
  const dir = tempDir();
  const world = backupsWorld(dir, tempDir());
  await world.api.workspace.create({ path: world.path });
  await world.api.import.run({ path: samplePath('twarc2', 'flat.jsonl') });
  const db = world.core.session.require().db;
  const author = db
    .prepare(
      `SELECT a.id, a.handle FROM accounts a JOIN posts p ON p.author_id = a.id
       WHERE a.handle IS NOT NULL AND length(a.handle) > 5 GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
    )
    .get() as { id: number; handle: string };
  return { ...world, dir, author };
}

describe('erase and the backups', () => {
  it('erases them from every backup too, and says so: no byte of the handle in the backups folder', async () => {
    const { api, path, author } = await sampleWorld();
    // A second import: its backup holds the author, as does the one the erase takes first.
    await api.import.run({ path: samplePath('x-archive', 'denchi-2020') });
    expect(markersIn(backupsBytes(path), [author.handle])).toEqual([author.handle]);

    const result = await api.erase.run({ accountId: author.id, notes: 'redact' });
    expect(result.backups).toEqual({ rewritten: 2, deleted: 0 });
    expect(markersIn(backupsBytes(path), [author.handle])).toEqual([]);
    expect(markersIn(workspaceBytes(path), [author.handle])).toEqual([]);
    const labels = (await api.backups.list({ path })).map((b) => b.label);
    expect(labels[0]).toBe('erase of an account');
  });

  it('never import again: the same export imported again brings nothing of them back, and says how many records it left out', async () => {
    const { api, core, dir, path, author } = await sampleWorld();
    const result = await api.erase.run({ accountId: author.id, notes: 'redact', neverImportAgain: true });
    expect(result.neverImportAgain).toBe('suppressed');
    expect(markersIn(workspaceBytes(path), [author.handle])).toEqual([]);

    // The same export again, as a new file (a byte more, so it is not "already imported").
    const again = join(dir, 'flat-again.jsonl');
    copyFileSync(samplePath('twarc2', 'flat.jsonl'), again);
    appendFileSync(again, '\n');
    const summary = await api.import.run({ path: again });
    const suppressed = summary.skipped.find((s) => s.reason.includes('erased account'));
    expect(suppressed?.count).toBeGreaterThan(0);
    expect(summary.warnings.map((w) => w.message)).toContainEqual(
      `${suppressed!.count} records of an erased account were not imported (erased with “never import again”).`,
    );
    expect(markersIn(workspaceBytes(path), [author.handle])).toEqual([]);
    expect(await api.accounts.find({ ref: `@${author.handle}` })).toBeNull();
    // The entry is a hash: neither the handle nor the id is stored in it.
    const hashes = core.session.require().db.prepare('SELECT hash FROM suppressed_accounts').pluck().all();
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('an encrypted workspace', () => {
  it('its backups are encrypted with its key, erased from with it, and restored with it', async () => {
    const dir = tempDir();
    const { api, path } = backupsWorld(dir, tempDir());
    await api.workspace.create({ path, passphrase: 'correct horse battery staple' });
    await api.import.run({ path: samplePath('twarc2', 'flat.jsonl') });
    const [author] = (await api.accounts.list({ limit: 1 })).rows;
    const before = await api.workspace.stats();
    await api.import.run({ path: samplePath('x-archive', 'denchi-2020') });
    // Encrypted like the workspace: not a byte of plain SQLite in the backups folder.
    expect(backupsBytes(path).includes(Buffer.from('SQLite format 3'))).toBe(false);

    const [newest] = await api.backups.list({ path });
    await api.backups.restore({ path, name: newest!.name });
    expect(await api.workspace.stats()).toEqual(before);

    const result = await api.erase.run({ accountId: author!.id, notes: 'keep' });
    expect(result.backups.deleted).toBe(0);
    expect(result.backups.rewritten).toBeGreaterThan(0);
  });
});
