import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { binaryGarbage, detectAt, formatError, readError, writeFile } from '../../../test-support/test-files';
import { genericCsvFormat, genericCsvReader, proposeMapping, type GenericCsvReadOptions } from './index';
import type { ColumnMapping } from './mapping';

const accounts: ColumnMapping = {
  kind: 'accounts',
  columns: {
    network: 'platform',
    id: 'user id',
    handle: 'handle',
    name: 'name',
    followers: 'followers',
    createdAt: 'joined',
  },
};

describe('generic CSV of accounts', () => {
  const tempDir = useTempDir();
  const file = () =>
    writeFile(
      tempDir(),
      'export.csv',
      [
        'platform,user id,handle,name,followers,joined',
        'twitter,1600798230893686784,@jdoe,Jane Doe,"1,234",2022-12-08T09:16:55+00:00',
        'x,1.23457E+18,rounded_one,Rounded,12.5K,',
        ',1.23457E+18,,No handle,,',
        'bsky,did:plc:abc123,jane.bsky.social,Jane B,3M,',
        'myspace,1,tom,Tom,,',
        'x,,not a handle,Bad,,',
      ].join('\n'),
    );

  it('reads accounts with ids byte for byte, counts and dates, and skips what names no account', async () => {
    const { of } = await collectRecords(genericCsvReader(accounts), file());
    expect(of('account')).toEqual([
      {
        type: 'account',
        key: { network: 'x', id: '1600798230893686784', handle: 'jdoe' },
        name: 'Jane Doe',
        followersCount: 1234,
        createdAt: '2022-12-08T09:16:55.000Z',
      },
      {
        type: 'account',
        key: { network: 'x', handle: 'rounded_one' },
        name: 'Rounded',
        followersCount: 12500,
      },
      {
        type: 'account',
        key: { network: 'bluesky', id: 'did:plc:abc123', handle: 'jane.bsky.social' },
        name: 'Jane B',
        followersCount: 3_000_000,
      },
    ]);
    expect(of('skip')).toEqual([
      {
        type: 'skip',
        reason: 'X id “1.23457E+18” was rounded by a spreadsheet',
        where: 'export.csv, line 4',
      },
      { type: 'skip', reason: 'unknown network “myspace”', where: 'export.csv, line 6' },
      { type: 'skip', reason: '“not a handle” is not a valid X handle', where: 'export.csv, line 7' },
    ]);
    expect(of('warning')).toEqual([
      {
        type: 'warning',
        message:
          '1 rows had an unusable id or handle beside a usable one; only the usable one was kept. First: X id “1.23457E+18” was rounded by a spreadsheet (export.csv, line 3).',
        where: 'export.csv',
      },
    ]);
  });

  it('a followers list with its owner also yields follow edges', async () => {
    const path = writeFile(tempDir(), 'followers.csv', 'username;display name\nann;Ann\nbob;Bob\n');
    const mapping: ColumnMapping = {
      kind: 'accounts',
      columns: { handle: 'username', name: 'display name' },
      list: 'followers',
    };
    const owner = { network: 'x' as const, handle: 'me' };
    const { of } = await collectRecords(genericCsvReader(mapping), path, { listOwner: owner });
    expect(of('account').map((a) => a.key.handle)).toEqual(['ann', 'bob']);
    expect(of('follow')).toEqual([
      { type: 'follow', follower: { network: 'x', handle: 'ann' }, followee: owner },
      { type: 'follow', follower: { network: 'x', handle: 'bob' }, followee: owner },
    ]);
    const withoutOwner = await collectRecords(genericCsvReader(mapping), path);
    expect(withoutOwner.of('follow')).toHaveLength(0);
    expect(withoutOwner.of('warning')[0]?.message).toBe(
      'No list owner was given: the followers are imported without follow edges.',
    );
  });

  it('the twarc-csv sample read with the proposed mapping gives its 4 authors', async () => {
    const path = samplePath('twarc2', 'small_sample.csv');
    const { of } = await collectRecords(genericCsvFormat, path);
    // python csv.DictReader: 4 rows; author.id / author.username / author.public_metrics.followers_count.
    expect(of('account').map((a) => [a.key.id, a.key.handle, a.followersCount])).toEqual([
      ['2722354677', 'aXSniperSC', 453],
      ['262830042', 'thebeardedluke', 1781],
      ['22258315', 'GameStop', 1660222],
      ['1726979365', 'TheNickyWaters', 460],
    ]);
    expect(of('account')[2]?.createdAt).toBe('2009-02-28T14:16:49.000Z');
    expect(of('warning')[0]?.message).toMatch(
      /^Columns mapped automatically: id ← “author\.id”, handle ← “author\.username”/,
    );
  });
});

describe('generic CSV of follow edges', () => {
  const tempDir = useTempDir();

  it('yields one follow per row and skips rows missing a side', async () => {
    const path = writeFile(
      tempDir(),
      'edges.csv',
      'follower_id,followee_username\n2043360286044766208,jack\n12,\n',
    );
    const mapping = proposeMapping(['follower_id', 'followee_username']);
    expect(mapping.kind).toBe('edges');
    const options: GenericCsvReadOptions = { columnMapping: mapping };
    const { of } = await collectRecords(genericCsvFormat, path, options);
    expect(of('follow')).toEqual([
      {
        type: 'follow',
        follower: { network: 'x', id: '2043360286044766208' },
        followee: { network: 'x', handle: 'jack' },
      },
    ]);
    expect(of('skip')).toEqual([
      { type: 'skip', reason: 'followee: neither an id nor a handle', where: 'edges.csv, line 3' },
    ]);
  });
});

describe('generic CSV detection and bad files', () => {
  const tempDir = useTempDir();

  it('detects any one CSV with a header row, tab-separated too', async () => {
    const path = writeFile(tempDir(), 'list.tsv', 'user_id\tscreen_name\n1\ta\n2\tb\n');
    expect(await detectAt(genericCsvFormat, path)).toMatchObject({
      format: 'generic-csv',
      estimatedRecords: 2,
      summary:
        'About 2 rows; columns: user_id, screen_name. Looks like accounts (id ← “user_id”, handle ← “screen_name”).',
    });
  });

  it('detects by content whatever the name: a CSV named .txt, or with no extension, is still one', async () => {
    const dir = tempDir();
    const named = await detectAt(genericCsvFormat, writeFile(dir, 'a.csv', 'id,handle\n1,a\n'));
    expect(named?.format).toBe('generic-csv');
    expect(await detectAt(genericCsvFormat, writeFile(dir, 'd.txt', 'id,handle\n1,a\n'))).toEqual(named);
    expect(await detectAt(genericCsvFormat, writeFile(dir, 'export', 'id,handle\n1,a\n'))).toEqual(named);
  });

  it('does not detect header-less CSV, JSON, binary, or a folder with more than the CSV', async () => {
    const dir = tempDir();
    expect(await detectAt(genericCsvFormat, writeFile(dir, 'a.csv', '123,456\n789,012\n'))).toBeNull();
    expect(await detectAt(genericCsvFormat, writeFile(dir, 'b.csv', '[{"id": "1"}]\n'))).toBeNull();
    expect(await detectAt(genericCsvFormat, writeFile(dir, 'c.csv', binaryGarbage()))).toBeNull();
    expect(
      await detectAt(
        genericCsvFormat,
        writeFile(dir, 'd.txt', 'Date: Tue, 17 Nov 2009\nFrom: Ann\nTo: Bo\n'),
      ),
    ).toBeNull();
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFile(folder, 'accounts.csv', 'id,handle\n1,a\n');
    writeFile(folder, 'tweets.js', 'window.YTD = []');
    expect(await detectAt(genericCsvFormat, folder)).toBeNull();
  });

  it('a mapped column missing from the header is an error naming file and line', async () => {
    const path = writeFile(tempDir(), 'export.csv', 'id,name\n1,A\n');
    const error = await formatError(
      genericCsvReader({ kind: 'accounts', columns: { id: 'id', handle: 'username' } }),
      path,
    );
    expect(error.message).toBe('export.csv, line 1: the header has no column “username” (mapped to handle)');
  });

  it('a mapping without the columns its kind needs is an error', async () => {
    const path = writeFile(tempDir(), 'edges.csv', 'from,to\n1,2\n');
    const error = await readError(genericCsvReader({ kind: 'edges', columns: { followeeId: 'to' } }), path);
    expect((error as Error).message).toBe(
      'edges.csv, line 1: the column mapping needs a follower and a followee column',
    );
  });

  it('without a mapping, columns that cannot be guessed are an error, not a guess', async () => {
    const path = writeFile(tempDir(), 'people.csv', 'First Name,Last Name\nA,B\n');
    expect(((await readError(genericCsvFormat, path)) as Error).message).toMatch(
      /^people\.csv, line 1: no column mapping was given and the columns could not be guessed/,
    );
  });

  it('a truncated quoted field at the end is an error naming the line', async () => {
    const path = writeFile(tempDir(), 'export.csv', 'id,handle,bio\n1,a,ok\n2,b,"cut off');
    const error = await readError(
      genericCsvReader({ kind: 'accounts', columns: { id: 'id', handle: 'handle', bio: 'bio' } }),
      path,
    );
    expect((error as Error).message).toBe(
      'export.csv, line 3: a quoted field opened on this line is never closed; the file may be cut off',
    );
  });

  it('binary garbage read with a mapping fails naming the file', async () => {
    const path = writeFile(tempDir(), 'export.csv', binaryGarbage());
    const error = await formatError(genericCsvReader({ kind: 'accounts', columns: { id: 'id' } }), path);
    expect(error.message).toMatch(/^export\.csv, line \d+: /);
  });
});
