import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import type { ImportRecord } from '../importers/records';
import { removeStaleStaging, StagedRecords, STAGING_PREFIX } from './staging';

const tempDir = useTempDir();

/** One record of every type the readers yield, with every optional field set. */
const everyType: ImportRecord[] = [
  {
    type: 'account',
    key: { network: 'x', id: '1000000000000000001', handle: 'ada' },
    name: 'Ada 🎉 Lovelace',
    bio: 'Analyst\u0000with a NUL',
    location: 'London',
    url: 'https://example.com',
    followersCount: 12,
    followingCount: 3,
    postsCount: 0,
    createdAt: '2010-01-01T00:00:00.000Z',
    observedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    type: 'follow',
    follower: { network: 'bluesky', id: 'did:plc:abc' },
    followee: { network: 'x', handle: 'b' },
  },
  {
    type: 'post',
    network: 'mastodon',
    id: 'https://mastodon.example/@a/1',
    author: { network: 'mastodon', handle: 'a@mastodon.example' },
    createdAt: '2026-02-02T10:00:00.000Z',
    text: '日本語のテキスト and #tags',
    kind: 'quote',
    replyToPostId: '9',
    replyToAccount: { network: 'mastodon', id: 'https://mastodon.example/users/b' },
    referencedPostId: '8',
    lang: 'ja',
    likeCount: 1,
    repostCount: 2,
    replyCount: 3,
    quoteCount: 4,
    mentions: [{ network: 'mastodon', handle: 'c@x.example' }],
    tags: ['tags'],
    links: ['https://example.com/a'],
  },
  {
    type: 'like',
    account: { network: 'x', id: '2' },
    post: {
      network: 'x',
      id: '3',
      text: 'liked',
      author: { network: 'x', id: '4' },
      url: 'https://x.com/i/3',
      createdAt: '2020-01-01',
    },
    likedAt: '2021-01-01',
  },
  {
    type: 'person',
    sourceKey: 'ada@example.com',
    displayName: 'Ada',
    company: 'Engines Ltd',
    position: 'Analyst',
    email: 'ada@example.com',
    relationship: 'customer',
    accounts: [{ key: { network: 'x', handle: 'ada' }, status: 'suggested', evidence: 'same name' }],
    connectedOn: '2019-05-05',
  },
  { type: 'skip', reason: 'no id', where: 'line 3' },
  { type: 'warning', message: 'cut last line', where: 'line 9' },
  { type: 'source-info', owner: { network: 'x', id: '1' }, capturedAt: '2026-03-03T00:00:00.000Z' },
];

function replay(staged: StagedRecords): ImportRecord[] {
  const out: ImportRecord[] = [];
  for (const batch of staged.batches()) out.push(...batch);
  return out;
}

describe('staged records', () => {
  it('give back every record type exactly, in order, across many batches', () => {
    const staged = StagedRecords.create(tempDir());
    const records = Array.from({ length: 2_503 }, (_, i) => ({ ...everyType[i % everyType.length]! }));
    for (const record of records) staged.add(record);
    expect(staged.count).toBe(records.length);
    expect(replay(staged)).toEqual(records);
    staged.dispose();
  });

  it('live in a private folder of their own, gone once disposed of', () => {
    const parent = tempDir();
    const staged = StagedRecords.create(parent);
    staged.add(everyType[0]!);
    const [folder] = readdirSync(parent);
    expect(folder).toMatch(new RegExp(`^${STAGING_PREFIX}${process.pid}-`));
    staged.dispose();
    expect(existsSync(join(parent, folder!))).toBe(false);
    expect(() => replay(staged)).toThrow(/disposed/);
  });

  it('left by a crashed process are removed at start; a live process keeps its own', () => {
    const parent = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const make = (name: string) => {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, 'records.bin'), 'x');
      return name;
    };
    const crashed = make(`${STAGING_PREFIX}${gone}-abc123`);
    const live = make(`${STAGING_PREFIX}${process.ppid}-def456`);
    const old = make(`${STAGING_PREFIX}${process.ppid}-ghi789`);
    const dayAndABitAgo = new Date(Date.now() - 25 * 3_600_000);
    utimesSync(join(parent, old, 'records.bin'), dayAndABitAgo, dayAndABitAgo);
    utimesSync(join(parent, old), dayAndABitAgo, dayAndABitAgo);
    const unrelated = make('inside-track-abcdef');

    expect(removeStaleStaging(parent).sort()).toEqual([crashed, old].sort());
    expect(readdirSync(parent).sort()).toEqual([live, unrelated].sort());
  });
});
