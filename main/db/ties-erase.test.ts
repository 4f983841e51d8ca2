import { describe, expect, it } from 'vitest';
import { addImport, memoryWorkspace } from '../test-support/memory-workspace';
import { eraseFromWorkspaceFile } from './erase-file';
import { TiesRepo } from './ties-repo';

describe('erasing a person takes their ties with them', () => {
  it('removes the user’s score for them and their place in a colleague’s relationship file', () => {
    const db = memoryWorkspace();
    const ties = new TiesRepo(db);
    const dana = Number(
      db
        .prepare(
          `INSERT INTO people(source_key, display_name, relationship, created_at) VALUES ('e:dana@client.com', 'Dana Lee', 'customer', '2026-01-01')`,
        )
        .run().lastInsertRowid,
    );
    db.prepare(`INSERT INTO person_match_keys(key, person_id) VALUES ('e:dana@client.com', ?)`).run(dana);
    ties.setOverride(dana, { score: 90, why: 'Dana saved our launch' }, '2026-06-01');
    const source = addImport(db, 'bob.itrel.json');
    ties.addColleagueNetwork(source, { colleagueName: 'Bob', colleagueKeys: [], exportedAt: '2026-06-01' }, [
      { name: 'Dana Lee', keys: ['e:dana@client.com', 'x:danalee'], score: 80 },
      { name: 'Ray Ng', keys: ['x:ray'], score: 40 },
    ]);

    eraseFromWorkspaceFile(
      db,
      { kind: 'person', sourceKey: 'e:dana@client.com' },
      { notes: 'keep', linkedAccounts: false },
    );

    expect(db.prepare('SELECT count(*) FROM person_tie_overrides').pluck().get()).toBe(0);
    expect(db.prepare('SELECT DISTINCT name FROM colleague_ties').pluck().all()).toEqual(['Ray Ng']);
  });
});
