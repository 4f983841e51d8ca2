import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigId } from '../../../test-support/arbitraries';
import {
  damagedFileProperty,
  propertyRuns,
  propertyTimeout,
  readOrRefusal,
} from '../../../test-support/import-check';
import { useTempDir } from '../../../test-support/temp-dir';
import type { AccountKey, ImportRecord } from '../../records';
import {
  accountOf,
  authorsOf,
  handlesOf,
  postOf,
  tweetJson,
  userJson,
  v2Tweets,
  v2Users,
  type V2Tweet,
  type V2User,
} from '../x-api-shared/v2-generators';
import { xApiV2Format } from './index';

/** A saved response: a followers list (whose, given by the user) or a page of posts. */
type Response = { kind: 'followers'; owner: string; users: V2User[] } | { kind: 'tweets'; tweets: V2Tweet[] };

const response: fc.Arbitrary<Response> = fc.oneof(
  fc.record({ kind: fc.constant('followers' as const), owner: bigId, users: v2Users(8) }),
  fc.record({ kind: fc.constant('tweets' as const), tweets: v2Tweets(6) }),
);

function json(r: Response): unknown {
  if (r.kind === 'followers') {
    return { data: r.users.map(userJson), meta: { result_count: r.users.length, next_token: 'ABC' } };
  }
  return {
    data: r.tweets.map(tweetJson),
    includes: { users: authorsOf(r.tweets).map(userJson) },
    meta: { result_count: r.tweets.length, newest_id: r.tweets[0]?.id ?? '1' },
  };
}

const fileName = (r: Response) => (r.kind === 'followers' ? 'get_users_followers_0.json' : 'tweets.json');
const render = (value: unknown) => JSON.stringify(value, null, 1);

function expected(r: Response): ImportRecord[] {
  if (r.kind === 'tweets')
    return [
      ...authorsOf(r.tweets).map((u) => accountOf(u)),
      ...r.tweets.map((t) => postOf(t, handlesOf(r.tweets))),
    ];
  const owner: AccountKey = { network: 'x', id: r.owner };
  return r.users.flatMap((u): ImportRecord[] => {
    const account = accountOf(u);
    return [account, { type: 'follow', follower: account.key, followee: owner }];
  });
}

const options = (r: Response) =>
  r.kind === 'followers' ? { listOwner: { network: 'x' as const, id: r.owner } } : {};

// Property runs go through real files and workspaces: more time than a unit test, never a timed assertion.
describe('X API v2 response: properties', { timeout: propertyTimeout }, () => {
  const tempDir = useTempDir('x-api-v2-prop-');

  it('random responses read back as the records written', async () => {
    await fc.assert(
      fc.asyncProperty(response, async (r) => {
        const path = join(tempDir(), fileName(r));
        writeFileSync(path, render(json(r)));
        const read = await readOrRefusal(xApiV2Format, path, options(r));
        if ('refusal' in read) throw read.refusal;
        expect(read.records.filter((x) => x.type !== 'source-info')).toEqual(expected(r));
      }),
      { numRuns: propertyRuns(80) },
    );
  });

  it('a damaged response is read, or refused naming the file, and a refused import changes nothing', async () => {
    await damagedFileProperty({
      tempDir,
      format: xApiV2Format,
      model: response,
      fileName,
      json,
      render,
      expected,
      options,
      request: (r) => (r.kind === 'followers' ? { listOwner: r.owner } : {}),
      runs: 60,
    });
  });
});
