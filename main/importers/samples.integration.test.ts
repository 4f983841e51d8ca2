import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeSource } from '../db/removal-repo';
import type { Db } from '../db/sqlite';
import { createWorkspaceFile } from '../db/workspace-file';
import { tableCounts } from '../db/workspace-repo';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { runImport } from '../ingest/pipeline';
import { refreshProfile } from '../ingest/writer';

const tempDir = useTempDir();

/** Every real sample the registry can read, with the format detection must pick for it. */
export const sampleInputs: { path: string[]; format: string; listOwner?: string }[] = [
  { path: ['x-archive', 'denchi-2020'], format: 'x-archive' },
  { path: ['x-archive', 'honestmvp-2020'], format: 'x-archive' },
  { path: ['x-archive', 'ezilryb-2026'], format: 'x-archive' },
  { path: ['x-archive', 'grailbird-2014-archie22is'], format: 'x-archive' },
  ...[
    'flat.jsonl',
    'noflat.jsonl',
    'users.jsonl',
    'streaming_output_with_error.jsonl',
    'mentions_tweet.jsonl',
    'small_sample.json',
  ].map((file) => ({ path: ['twarc2', file], format: 'twarc2' })),
  { path: ['twarc2', 'small_sample.csv'], format: 'twarc-csv' },
  ...[
    'get_liking_users_0.json',
    'get_quote_tweets_0.json',
    'get_retweeters_0.json',
    'get_users_0.json',
    'get_users_mentions_0.json',
    'get_users_tweets_0.json',
    'search_all_tweets_0.json',
    'search_recent_tweets_0.json',
  ].map((file) => ({ path: ['x-api-v2', 'tweepy-cassettes', file], format: 'x-api-v2' })),
  // A followers/following or liked-posts response does not say whose it is: the user names the account.
  ...['get_users_followers_0.json', 'get_users_following_0.json', 'get_liked_tweets_0.json'].map((file) => ({
    path: ['x-api-v2', 'tweepy-cassettes', file],
    format: 'x-api-v2',
    listOwner: '2244994945',
  })),
  { path: ['snscrape', 'twitter-user-jack.jsonl'], format: 'snscrape' },
  { path: ['snscrape', 'twitter-search-ZM.jsonl'], format: 'snscrape' },
  { path: ['mastodon', 'goija-2026'], format: 'mastodon' },
  { path: ['mastodon', 'dealingwith-2024'], format: 'mastodon' },
  { path: ['mastodon', 'hikurry-2022'], format: 'mastodon', listOwner: '@hikurry@mastodon.social' },
  ...[
    'bnewbold.robocracy.org.20250310005405.car',
    'greenground.repo.car',
    'paul_staging.repo.car',
    'fakermaker.repo.car',
  ].map((file) => ({ path: ['bluesky', file], format: 'bluesky-car' })),
  { path: ['contacts', 'linkedin', 'Connections-2018-StanislavZ.csv'], format: 'linkedin-csv' },
  { path: ['contacts', 'linkedin', 'Connections-2024-JasonToups.csv'], format: 'linkedin-csv' },
  {
    path: ['contacts', 'linkedin', 'Connections-2026-excel-mangled-ericmpastore.csv'],
    format: 'linkedin-csv',
  },
  ...[
    'ezvcard-John_Doe_ANDROID.vcf',
    'ezvcard-John_Doe_EVOLUTION.vcf',
    'ezvcard-John_Doe_GMAIL.vcf',
    'ezvcard-John_Doe_IPHONE.vcf',
    'ezvcard-John_Doe_MAC_ADDRESS_BOOK.vcf',
    'ezvcard-John_Doe_MS_OUTLOOK.vcf',
    'ezvcard-gmail-single2.vcf',
    'ezvcard-outlook-2007.vcf',
    'ezvcard-thunderbird-MoreFunctionsForAddressBook-extension.vcf',
  ].map((file) => ({ path: ['contacts', 'vcard', file], format: 'vcard' })),
];

const quiet = { signal: new AbortController().signal, progress: () => {} };

async function importAll(db: Db) {
  const summaries = [];
  for (const sample of sampleInputs) {
    const summary = await runImport(
      db,
      { path: samplePath(...sample.path), listOwner: sample.listOwner },
      quiet,
    );
    expect(summary.format, sample.path.join('/')).toBe(sample.format);
    summaries.push(summary);
  }
  return summaries;
}

describe('every sample through the whole pipeline', () => {
  it('imports, and re-importing every sample leaves every count unchanged', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'samples.itrack'), 'test');
    await importAll(db);
    const after = tableCounts(db);
    expect(after.accounts).toBeGreaterThan(0);
    const again = await importAll(db);
    expect(again.every((s) => s.alreadyImportedAt)).toBe(true);
    expect(tableCounts(db)).toEqual(after);
    db.close();
  });

  it('an X id above 2^53 survives import byte for byte', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'ids.itrack'), 'test');
    await runImport(db, { path: samplePath('x-archive', 'ezilryb-2026') }, quiet);
    const owner = db
      .prepare(
        "SELECT external_id, typeof(external_id) AS type FROM accounts WHERE handle = 'BetaCapitalWEB'",
      )
      .get();
    expect(owner).toEqual({ external_id: '2043360286044766208', type: 'text' });
    db.close();
  });

  it('removing one sample import returns the workspace to what the others brought', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'remove.itrack'), 'test');
    await runImport(db, { path: samplePath('x-archive', 'denchi-2020') }, quiet);
    const before = tableCounts(db);
    const honest = await runImport(db, { path: samplePath('x-archive', 'honestmvp-2020') }, quiet);
    removeSource(db, honest.sourceId!, refreshProfile);
    expect(tableCounts(db)).toEqual(before);
    db.close();
  });
});
