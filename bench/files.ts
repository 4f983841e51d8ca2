import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const PROSPECT_ID = '900000000000000001';

async function writeAll(path: string, chunks: Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

/** twarc2 `users followers` output: pages of 1,000 users, each line naming whose list it is. */
export function writeTwarcFollowers(path: string, count: number): Promise<number> {
  function* lines() {
    for (let page = 0; page * 1000 < count; page += 1) {
      const users = [];
      for (let i = page * 1000; i < Math.min(count, (page + 1) * 1000); i += 1) {
        users.push({
          id: String(1_000_000_000_000_000_000n + BigInt(i)),
          username: `follower_${i}`,
          name: `Follower ${i}`,
          description: i % 7 === 0 ? 'CEO and founder' : 'Marketing and growth',
          location: i % 3 === 0 ? 'Paris, France' : 'Berlin',
          public_metrics: {
            followers_count: (i * 37) % 50_000,
            following_count: 300,
            tweet_count: 1200,
            listed_count: 3,
          },
        });
      }
      const url = `https://api.twitter.com/2/users/${PROSPECT_ID}/followers?max_results=1000`;
      yield `${JSON.stringify({ data: users, meta: { result_count: users.length }, __twarc: { url, version: '2.14.0', retrieved_at: '2026-11-01T00:00:00+00:00' } })}\n`;
    }
  }
  return writeAll(path, lines());
}

/** An X archive's follower.js alone, with the account.js and manifest.js that make it an archive. */
export async function writeArchiveFollowers(dir: string, count: number): Promise<number> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/account.js`,
    `window.YTD.account.part0 = [{"account":{"accountId":"${PROSPECT_ID}","username":"bench_owner","accountDisplayName":"Bench Owner","createdAt":"2015-01-01T00:00:00.000Z"}}]`,
  );
  writeFileSync(
    `${dir}/manifest.js`,
    `window.__THAR_CONFIG = {"userInfo":{"accountId":"${PROSPECT_ID}","userName":"bench_owner","displayName":"Bench Owner"},"archiveInfo":{"generationDate":"2026-11-01T00:00:00.000Z"},"dataTypes":{"follower":{"files":[{"fileName":"data/follower.js","globalName":"YTD.follower.part0","count":"${count}"}]}}}`,
  );
  function* parts() {
    yield 'window.YTD.follower.part0 = [';
    for (let i = 0; i < count; i += 1) {
      const id = String(2_000_000_000_000_000_000n + BigInt(i));
      yield `${i ? ',' : ''}{"follower":{"accountId":"${id}","userLink":"https://twitter.com/intent/user?user_id=${id}"}}`;
    }
    yield ']';
  }
  return writeAll(`${dir}/follower.js`, parts());
}

export { PROSPECT_ID };
