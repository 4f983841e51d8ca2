import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { ImportFormatError } from '../../errors';
import { openInput } from '../../input';
import { xArchiveFormat } from './index';
import { accountFile, tweet, writeFiles, ytdFile, zipWithEscapingEntry } from './test-archive';

async function readError(path: string): Promise<ImportFormatError> {
  const error = await collectRecords(xArchiveFormat, path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFormatError);
  return error as ImportFormatError;
}

describe('X archive: bad input is refused with the file and the record', () => {
  const tempDir = useTempDir('x-archive-bad-');

  it('refuses a tweet.js cut off in the middle of a post', async () => {
    const whole = readFileSync(samplePath('x-archive', 'honestmvp-2020', 'tweet.js'), 'utf8');
    const cut = whole.slice(0, 300_000);
    // The post being read when the file stops: count the `"tweet" : {` openings before the cut.
    const started = cut.split('"tweet" : {').length - 1;
    expect(started).toBeGreaterThan(100);
    const dir = writeFiles(tempDir(), { 'account.js': accountFile(), 'tweet.js': cut });
    const error = await readError(dir);
    expect(error.message).toBe(
      `tweet.js, record ${started}: the file ends in the middle of this record: it was cut off`,
    );
    expect(error.details).toEqual({ file: 'tweet.js', where: `record ${started}` });
  });

  it('refuses a tweets.js without the `window.YTD… =` wrapper, or holding no list', async () => {
    const bare = writeFiles(tempDir(), {
      'account.js': accountFile(),
      'tweets.js': JSON.stringify([{ tweet: tweet('1', 'a') }]),
    });
    expect((await readError(bare)).message).toMatch(
      /^tweets\.js, start of file: does not begin with an assignment/,
    );
    const notList = writeFiles(tempDir(), {
      'account.js': accountFile(),
      'tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify({ tweet: tweet('1', 'a') })}`,
    });
    expect((await readError(notList)).message).toMatch(/^tweets\.js, start of file: holds no list/);
  });

  it('refuses binary garbage named tweet.js', async () => {
    const garbage = Buffer.alloc(8192);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 131 + 7) % 251;
    const dir = writeFiles(tempDir(), { 'account.js': accountFile(), 'tweet.js': garbage });
    const error = await readError(dir);
    // The bytes hold an `=` early on, after a prefix no assignment would have.
    expect(garbage.subarray(0, 1024).includes(0x3d)).toBe(true);
    expect(error.message).toMatch(/^tweet\.js, start of file: does not begin with an assignment/);
  });

  it('refuses a list whose records are not posts', async () => {
    const dir = writeFiles(tempDir(), {
      'account.js': accountFile(),
      'tweets.js': ytdFile('tweets.part0', 'tweet', [tweet('1', 'a')]).replace(
        /\]$/,
        ', {"like": {"tweetId": "5"}} ]',
      ),
    });
    expect((await readError(dir)).message).toBe(
      'tweets.js, record 2: expected an object like {"tweet": {...}}',
    );
  });

  it('refuses an account.js that names no owner', async () => {
    const dir = writeFiles(tempDir(), {
      'account.js': ytdFile('account.part0', 'account', [{ email: 'x' }]),
    });
    expect((await readError(dir)).message).toMatch(
      /^account\.js: names neither the account id nor the username/,
    );
  });

  it('a damaged account.js is named as the damaged file, not as missing (property counterexample)', async () => {
    // Shrunk by x-archive.property.test.ts: one stray UTF-8 continuation byte before `window.YTD`.
    const dir = writeFiles(tempDir(), {
      'account.js': Buffer.concat([Buffer.from([0x80]), Buffer.from(accountFile())]),
    });
    const error = await readError(dir);
    expect(error.message).toBe(
      'account.js, start of file: does not begin with `window.YTD.account.part0 =`: the file is damaged or not from an X archive',
    );
    expect(error.details).toEqual({ file: 'account.js', where: 'start of file' });
  });

  it('an emptied manifest.js is named in a warning, not passed over in silence (property counterexample)', async () => {
    // Shrunk by x-archive.property.test.ts: manifest.js cut to 0 bytes beside a whole account.js.
    const dir = writeFiles(tempDir(), { 'manifest.js': '', 'account.js': accountFile() });
    const { of } = await collectRecords(xArchiveFormat, dir);
    expect(of('account')).toHaveLength(1);
    expect(of('warning')).toEqual([
      {
        type: 'warning',
        message:
          'manifest.js does not begin with `window.__THAR_CONFIG =` (damaged?): the archive was read without it, so its date is unknown.',
        where: 'manifest.js',
      },
    ]);
  });

  it('a ZIP entry named ../evil.js is refused when the ZIP is opened', async () => {
    const zip = await zipWithEscapingEntry(join(tempDir(), 'evil.zip'));
    const opened = openInput(zip).then((input) => {
      input.close();
      return input.entries.map((e) => e.path);
    });
    await expect(opened).rejects.toBeInstanceOf(ImportFormatError);
    await expect(opened).rejects.toThrow(/evil\.zip: an entry's name points outside the archive/);
  });

  it('claims nothing that is not an X archive', async () => {
    const dir = writeFiles(tempDir(), {
      'manifest.js': 'var config = {}',
      'account.js': Buffer.from([0x00, 0xff, 0x3d, 0x5b]),
      'js/tweets/2010_02.js': '[]',
    });
    const input = await openInput(dir);
    expect(await xArchiveFormat.detect(input)).toBeNull();
    input.close();
  });
});
