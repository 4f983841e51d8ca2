import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createCore } from '../api/core';
import { createMemoryTransport } from '../host/memory-transport';
import { buildEraseWorld } from '../test-support/erase-world';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { EraseRepo, type EraseChoices, type EraseTarget } from './erase-repo';
import type { Db } from './sqlite';
import { createWorkspaceFile } from './workspace-file';

const tempDir = useTempDir();
const choices: EraseChoices[] = [
  { notes: 'redact', linkedAccounts: false },
  { notes: 'keep', linkedAccounts: true },
];

/** The preview's counts, then the erase's: they must be the same, and the preview change nothing. */
function previewThenErase(db: Db, target: EraseTarget, choice: EraseChoices) {
  const repo = new EraseRepo(db);
  const rows = () =>
    db.prepare('SELECT (SELECT count(*) FROM follows) + (SELECT count(*) FROM accounts)').pluck().get();
  const before = rows();
  const preview = repo.preview(target, choice);
  expect(rows()).toBe(before);
  return { preview, erased: repo.erase(target, choice) };
}

describe('the erase preview counts what the erase removes', () => {
  it.each(choices)('the fixture world, account and person (%o)', (choice) => {
    for (const target of [
      { kind: 'account', network: 'x', externalId: '9001' },
      { kind: 'person', sourceKey: 'linkedin.com/in/zqperson' },
    ] as EraseTarget[]) {
      const db = createWorkspaceFile(join(tempDir(), 'Erase.itrack'), 'test');
      buildEraseWorld(db);
      const { preview, erased } = previewThenErase(db, target, choice);
      expect(preview).toEqual(erased);
      db.close();
    }
  });

  it.each([
    ['twarc2', 'flat.jsonl'],
    ['x-archive', 'honestmvp-2020'],
    ['contacts', 'linkedin/Connections-2024-JasonToups.csv'],
  ])('every account and person of the %s sample %s, one at a time', async (format, sample) => {
    const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: tempDir() });
    const api = createClient(createMemoryTransport(core));
    const path = join(tempDir(), 'sample.itrack');
    await api.workspace.create({ path });
    await api.import.run({ path: samplePath(format, ...sample.split('/')) });
    const db = core.session.require().db;
    const repo = new EraseRepo(db);
    // The busiest accounts and a few people: erasing each from the same file in turn.
    const accounts = db
      .prepare<[], number>(
        `SELECT a.id FROM accounts a ORDER BY (SELECT count(*) FROM follows f WHERE f.follower_id = a.id OR f.followee_id = a.id)
           + (SELECT count(*) FROM posts p WHERE p.author_id = a.id) DESC, a.id LIMIT 6`,
      )
      .pluck()
      .all();
    const people = db.prepare<[], number>('SELECT id FROM people ORDER BY id LIMIT 4').pluck().all();
    const targets = [
      ...accounts.map((id) => repo.accountTarget(id)!),
      ...people.map((id) => repo.personTarget(id)!),
    ];
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const { preview, erased } = previewThenErase(db, target, choices[0]!);
      expect(preview).toEqual(erased);
    }
  });
});
