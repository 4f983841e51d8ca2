import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigId, moment } from '../../../test-support/arbitraries';
import {
  damagedFileProperty,
  propertyRuns,
  propertyTimeout,
  readOrRefusal,
} from '../../../test-support/import-check';
import { fileStyle, styled } from '../../../test-support/corruption';
import { useTempDir } from '../../../test-support/temp-dir';
import type { AccountKey, ImportRecord } from '../../records';
import { RepeatFilter } from '../x-api-shared/repeat-filter';
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
import { twarc2Format } from './index';

/** One line of `twarc2 followers` or `twarc2 timeline` output: an API page with `__twarc`. */
type Page = { users: V2User[] } | { tweets: V2Tweet[] };

interface Capture {
  owner: string;
  retrieved: Date;
  pages: Page[];
}

const capture: fc.Arbitrary<Capture> = fc.record({
  owner: bigId,
  retrieved: moment,
  pages: fc.array(
    fc.oneof(
      v2Users(5).map((users) => ({ users })),
      v2Tweets(4).map((tweets) => ({ tweets })),
    ),
    { minLength: 1, maxLength: 4 },
  ),
});

function json(c: Capture): unknown[] {
  const twarc = (path: string) => ({
    url: `https://api.twitter.com/2/users/${c.owner}/${path}?max_results=1000`,
    version: '2.13.0',
    retrieved_at: c.retrieved.toISOString().replace('.000Z', '+00:00'),
  });
  return c.pages.map((page) =>
    'users' in page
      ? {
          data: page.users.map(userJson),
          meta: { result_count: page.users.length },
          __twarc: twarc('followers'),
        }
      : {
          data: page.tweets.map(tweetJson),
          includes: { users: authorsOf(page.tweets).map(userJson) },
          meta: { result_count: page.tweets.length },
          __twarc: twarc('tweets'),
        },
  );
}

const render = (lines: unknown) =>
  (Array.isArray(lines) ? lines : [lines]).map((line) => JSON.stringify(line)).join('\n') + '\n';

function expected(c: Capture): ImportRecord[] {
  const observedAt = c.retrieved.toISOString();
  const owner: AccountKey = { network: 'x', id: c.owner };
  const records = c.pages.flatMap((page): ImportRecord[] =>
    'users' in page
      ? page.users.flatMap((u): ImportRecord[] => {
          const account = accountOf(u, observedAt);
          return [account, { type: 'follow', follower: account.key, followee: owner }];
        })
      : [
          ...authorsOf(page.tweets).map((u) => accountOf(u, observedAt)),
          ...page.tweets.map((t) => postOf(t, handlesOf(page.tweets))),
        ],
  );
  // Pages overlap: the reader drops what repeats an account, post or edge already read.
  const repeats = new RepeatFilter();
  return records.filter((r) => !repeats.isRepeat(r));
}

// Property runs go through real files and workspaces: more time than a unit test, never a timed assertion.
describe('twarc2 JSON Lines: properties', { timeout: propertyTimeout }, () => {
  const tempDir = useTempDir('twarc2-prop-');

  it('random captures of API pages read back as the records written, with LF or CRLF, with or without a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(capture, fileStyle, async (c, style) => {
        const path = join(tempDir(), 'capture.jsonl');
        writeFileSync(path, styled(render(json(c)), style));
        const read = await readOrRefusal(twarc2Format, path);
        if ('refusal' in read) throw read.refusal;
        expect(read.records.filter((r) => r.type !== 'source-info')).toEqual(expected(c));
        // The first page's request says whose list it is (a timeline's is nobody's list).
        expect(read.records[0]).toEqual({
          type: 'source-info',
          ...('users' in c.pages[0]! ? { owner: { network: 'x', id: c.owner } } : {}),
          capturedAt: c.retrieved.toISOString(),
        });
      }),
      { numRuns: propertyRuns(80) },
    );
  });

  it('a damaged capture is read, or refused naming the file, and a refused import changes nothing', async () => {
    await damagedFileProperty({
      tempDir,
      format: twarc2Format,
      model: capture,
      fileName: () => 'capture.jsonl',
      json,
      render,
      expected,
      runs: 60,
    });
  });
});
