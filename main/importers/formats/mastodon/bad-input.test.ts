import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { AppError } from '../../../../common/errors';
import { createWorkspaceFile } from '../../../db/workspace-file';
import { runImport } from '../../../ingest/pipeline';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { mastodonFormat } from './index';
import { formatError, writeFile } from '../../../test-support/test-files';

describe('Mastodon archive: bad input is rejected with the file and the record', () => {
  const tempDir = useTempDir();
  const write = (name: string, content: string | Buffer) => writeFile(tempDir(), name, content);
  const readError = (path: string) => formatError(mastodonFormat, path);

  it('a truncated outbox names the record it stops in', async () => {
    const whole = readFileSync(samplePath('mastodon', 'goija-2026', 'outbox.json'));
    const error = await readError(write('outbox.json', whole.subarray(0, 500_000)));
    expect(error.message).toMatch(/^outbox\.json, record \d+: the file ends too early/);
  });

  it('an outbox that is not an OrderedCollection', async () => {
    const error = await readError(
      write('outbox.json', JSON.stringify({ type: 'Collection', items: [{ type: 'Create' }] })),
    );
    expect(error.message).toBe(
      'outbox.json, the top-level object: its type is "Collection", not "OrderedCollection"',
    );
  });

  it('an outbox that is a bare list', async () => {
    const error = await readError(write('outbox.json', '[{"type":"Create"}]'));
    expect(error.message).toMatch(/^outbox\.json, the top-level value: not a JSON object/);
  });

  it('an outbox without orderedItems', async () => {
    const error = await readError(write('outbox.json', '{"type":"OrderedCollection","totalItems":0}'));
    expect(error.message).toBe('outbox.json, the top-level object: it has no "orderedItems" list');
  });

  it('an outbox item that is not an activity', async () => {
    const text = JSON.stringify({ type: 'OrderedCollection', orderedItems: [{ type: 'Announce' }, 42] });
    const error = await readError(write('outbox.json', text));
    expect(error.message).toBe('outbox.json, record 2: not an ActivityStreams activity (no "type")');
  });

  it('binary garbage under an archive name', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    const error = await readError(write('outbox.json', garbage));
    expect(error.message).toMatch(/^outbox\.json, the top-level value: /);
  });

  it('invalid JSON in the middle of the likes', async () => {
    const error = await readError(
      write('likes.json', '{"type":"OrderedCollection","orderedItems":["https://a.example/1", nope]}'),
    );
    expect(error.message).toMatch(/^likes\.json, record 2: not valid JSON/);
  });

  it('a like that is not a URI', async () => {
    const error = await readError(
      write('likes.json', '{"type":"OrderedCollection","orderedItems":["https://a.example/1",{"x":1}]}'),
    );
    expect(error.message).toBe('likes.json, record 2: a like must be the liked post’s URI');
  });

  it('a following list with a line that is not an address', async () => {
    const error = await readError(
      write(
        'following_accounts.csv',
        'Account address,Show boosts\nbob@other.example,true\nnot an address,true\n',
      ),
    );
    expect(error.message).toBe(
      'following_accounts.csv, line 3: “not an address” is not a user@domain address',
    );
  });

  it('an actor.json that is not an actor', async () => {
    const error = await readError(write('actor.json', JSON.stringify({ id: 'x', type: 'Note' })));
    expect(error.message).toMatch(/^actor\.json, the actor: not a Mastodon actor/);
  });

  it('a cut-off bookmarks file is only a warning: bookmarks are not imported anyway', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'likes.json'), '{"type":"OrderedCollection","orderedItems":[]}');
    writeFileSync(join(dir, 'bookmarks.json'), '{"type":"OrderedCollection","orderedItems":["https://a.exa');
    const { of } = await collectRecords(mastodonFormat, dir);
    expect(of('warning')).toHaveLength(1);
    expect(of('warning')[0]?.message).toMatch(/bookmarks\.json, record 1: .*\(bookmarks are not imported\)$/);
  });

  it('a cut actor.json is named as damaged, not taken for a list without an owner (property counterexample)', async () => {
    // Shrunk by mastodon.property.test.ts: actor.json cut after its "outbox" field, an empty
    // outbox and a following list. The import asked whose list it was instead of naming actor.json.
    const folder = join(tempDir(), 'archive');
    mkdirSync(folder);
    const actor = JSON.stringify({
      id: 'https://social.example/users/a',
      type: 'Person',
      preferredUsername: 'a',
      name: '!',
      outbox: 'outbox.json',
      published: '2007-01-01T00:00:00.000Z',
    });
    writeFileSync(join(folder, 'actor.json'), actor.slice(0, actor.indexOf('"published"')));
    writeFileSync(
      join(folder, 'outbox.json'),
      JSON.stringify({ type: 'OrderedCollection', orderedItems: [] }),
    );
    writeFileSync(
      join(folder, 'following_accounts.csv'),
      'Account address,Show boosts\nb@other.example,true\n',
    );
    const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
    const quiet = { signal: new AbortController().signal, progress: () => {} };
    const error = await runImport(db, { path: folder }, quiet).catch((e: unknown) => e);
    db.close();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('IMPORT_FORMAT');
    expect((error as AppError).message).toMatch(/^archive\/actor\.json, the actor: not valid JSON/);
  });

  it('a following list cut in its last address leaves that row out with a warning (property counterexample)', async () => {
    // Shrunk by mastodon.property.test.ts: "_0_@social.example" cut to "_0_@s" was imported as a follow.
    const folder = join(tempDir(), 'archive');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'actor.json'),
      JSON.stringify({
        id: 'https://social.example/users/a',
        type: 'Person',
        preferredUsername: 'a',
        outbox: 'o',
      }),
    );
    writeFileSync(
      join(folder, 'following_accounts.csv'),
      'Account address,Show boosts,Notify on new posts,Languages\nb@other.example,true,false,\n_0_@s',
    );
    const { of } = await collectRecords(mastodonFormat, folder);
    expect(of('follow').map((f) => f.followee.handle)).toEqual(['b@other.example']);
    expect(of('warning')).toEqual([
      {
        type: 'warning',
        message:
          'The last line has no line ending: the file was probably cut off there, so “_0_@s” was left out; the lines before it were imported.',
        where: 'archive/following_accounts.csv, line 3',
      },
    ]);
  });
});
