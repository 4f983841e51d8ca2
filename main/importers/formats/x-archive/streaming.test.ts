import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test-support/temp-dir';
import { openInput } from '../../input';
import { xArchiveFormat } from './index';
import { accountFile, writeFiles } from './test-archive';

const TWEETS = 200_000;

/** A real collector, so heap samples measure what is kept rather than garbage not yet swept. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => (gc as () => void)() : () => {};
}

async function writeBigTweetsFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('window.YTD.tweets.part0 = [ ');
  for (let i = 0; i < TWEETS; i += 1) {
    const id = (1_500_000_000_000_000_000n + BigInt(i)).toString();
    await write(
      `${i === 0 ? '' : ', '}{\n  "tweet" : {\n    "id_str" : "${id}",\n    "created_at" : "Tue Jan 25 16:41:04 +0000 2022",\n` +
        `    "favorite_count" : "${i % 97}",\n    "retweet_count" : "0",\n    "entities" : { "hashtags" : [ { "text" : "n${i % 13}" } ], "user_mentions" : [ ], "urls" : [ ] },\n` +
        `    "full_text" : "Post number ${i}, written to make a file far larger than what memory may hold #n${i % 13}"\n  }\n}`,
    );
  }
  await write(' ];\n');
  out.end();
  await once(out, 'finish');
}

describe('X archive: large files stream', () => {
  const tempDir = useTempDir('x-archive-big-');

  it(`reads ${TWEETS} posts from a ~60 MB tweets.js while memory stays flat`, async () => {
    const dir = writeFiles(tempDir(), { 'account.js': accountFile() });
    const tweetsPath = join(dir, 'tweets.js');
    await writeBigTweetsFile(tweetsPath);
    const fileSize = statSync(tweetsPath).size;
    expect(fileSize).toBeGreaterThan(50 * 1024 ** 2);

    const gc = collector();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let posts = 0;
    let lastId = '';
    let progressCalls = 0;
    const input = await openInput(dir);
    try {
      const ctx = { signal: new AbortController().signal, progress: () => void (progressCalls += 1) };
      for await (const record of xArchiveFormat.read(input, {}, ctx)) {
        if (record.type !== 'post') continue;
        posts += 1;
        lastId = record.id;
        if (posts % 25_000 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
        }
      }
    } finally {
      input.close();
    }
    expect(posts).toBe(TWEETS);
    expect(lastId).toBe((1_500_000_000_000_000_000n + BigInt(TWEETS - 1)).toString());
    expect(progressCalls).toBeGreaterThan(100);
    // Whole, the file would be ~60 MB of text plus far more as objects; streamed, a few MB.
    expect(peak).toBeLessThan(fileSize / 3);
    console.info(
      `tweets.js ${(fileSize / 1024 ** 2).toFixed(1)} MB; heap growth ${(peak / 1024 ** 2).toFixed(1)} MB`,
    );
  }, 120_000);
});
