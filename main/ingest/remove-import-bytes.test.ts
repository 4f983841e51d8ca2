import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { filesContaining } from '../test-support/folder-bytes';
import { fixtureWorld, importRecords, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const ceo = x('1', 'acme_ceo');
const stranger = x('77', 'zqxmarker_handle');
const post = (id: string, author: typeof ceo, text: string): ImportRecord => ({
  type: 'post',
  network: 'x',
  id,
  author,
  text,
  kind: 'post',
});

describe('removing an import', () => {
  it('leaves no byte of what only it brought in the workspace file, its WAL or its search indexes', async () => {
    const { api, core } = await fixtureWorld(tempDir, [
      { type: 'account', key: ceo, name: 'Acme CEO' },
      post('100', ceo, 'An ordinary post that stays'),
    ]);
    const summary = await importRecords(
      core,
      tempDir,
      [
        { type: 'account', key: stranger, name: 'Zqxmarker Person', bio: 'zqxmarker biography words' },
        post('200', stranger, 'zqxmarker_post about secret plans'),
        { type: 'follow', follower: stranger, followee: ceo },
      ],
      'only-this.txt',
    );
    await api.import.remove({ sourceId: summary.sourceId! });
    expect((await api.search.run({ query: 'ordinary' })).total).toBe(1);
    const folder = dirname((await api.workspace.current())!.path);
    core.close();

    // The backups taken before the removal keep it on purpose (that is what they are for).
    const workspaceFiles = filesContaining(folder, 'zqxmarker').filter((f) => !f.includes('backups'));
    expect(workspaceFiles).toEqual([]);
  });
});
