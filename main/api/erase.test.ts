import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createMemoryTransport } from '../host/memory-transport';
import { markersIn, workspaceBytes } from '../test-support/erase-world';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDir();

/** A workspace holding twarc2's real flat.jsonl sample, and its most prolific author. */
async function workspaceWithSample() {
  const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: tempDir() });
  const api = createClient(createMemoryTransport(core));
  const path = join(tempDir(), 'erase.itrack');
  await api.workspace.create({ path });
  await api.import.run({ path: samplePath('twarc2', 'flat.jsonl') });
  const db = core.session.require().db;
  const author = db
    .prepare(
      `SELECT a.id, a.handle, a.name FROM accounts a JOIN posts p ON p.author_id = a.id
       WHERE a.handle IS NOT NULL AND length(a.handle) > 5 GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
    )
    .get() as { id: number; handle: string; name: string };
  return { api, core, db, path, author };
}

describe('erase.preview and erase.run', () => {
  it('previews what goes without changing anything, then erases every byte of the handle', async () => {
    const { api, db, path, author } = await workspaceWithSample();
    const posts = db
      .prepare('SELECT count(*) FROM posts WHERE author_id = ?')
      .pluck()
      .get(author.id) as number;
    expect(posts).toBeGreaterThan(0);
    expect(markersIn(workspaceBytes(path), [author.handle])).toEqual([author.handle]);
    const preview = await api.erase.preview({ accountId: author.id, notes: 'redact' });
    expect(preview).toMatchObject({ confirmText: `@${author.handle}`, counts: { accounts: 1 } });
    expect(preview.counts.posts).toBeGreaterThanOrEqual(posts);
    expect(db.prepare('SELECT count(*) FROM accounts WHERE id = ?').pluck().get(author.id)).toBe(1);

    const result = await api.erase.run({ accountId: author.id, notes: 'redact', neverImportAgain: true });
    expect(result.counts).toEqual(preview.counts);
    expect(result.neverImportAgain).toBe('suppressed');
    expect(markersIn(workspaceBytes(path), [author.handle])).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a call naming both an account and a person, or neither', async () => {
    const { api, author } = await workspaceWithSample();
    await expect(api.erase.preview({ accountId: author.id, personId: 1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.erase.run({})).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
