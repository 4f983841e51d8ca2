import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bigId,
  displayName,
  moment,
  postText,
  twitterDate,
  uniqueBy,
  xHandle,
  type PostText,
} from '../../../test-support/arbitraries';
import { corrupt, corruption, fileStyle, styled, swapType, typeSwap } from '../../../test-support/corruption';
import {
  expectNamesFile,
  expectOnlyOriginalRecords,
  dataRecords,
  propertyRuns,
  propertyTimeout,
  propertyWorkspace,
  readOrRefusal,
} from '../../../test-support/import-check';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import type { AccountKey, ImportRecord } from '../../records';
import { snowflakeTime } from '../../util/snowflake';
import { xArchiveFormat } from './index';
import { accountFile, writeFiles, ytdFile, zipFolder } from './test-archive';

interface ArchiveTweet {
  id: string;
  content: PostText;
  mentionIds: string[];
  at: Date;
  likes: number;
  lang?: string;
  replyTo?: { post: string; user: string; handle: string };
}

interface Archive {
  owner: { id: string; handle: string; name: string; created: Date };
  tweets: ArchiveTweet[];
  followers: string[];
  following: string[];
  likes: { id: string; text: string }[];
}

const archiveTweet: fc.Arbitrary<ArchiveTweet> = fc
  .record({
    id: bigId,
    content: postText,
    mentionIds: fc.array(bigId, { maxLength: 8 }),
    at: moment,
    likes: fc.nat({ max: 1_000_000 }),
    lang: fc.option(fc.constantFrom('en', 'fr', 'ja', 'und'), { nil: undefined }),
    replyTo: fc.option(fc.record({ post: bigId, user: bigId, handle: xHandle }), { nil: undefined }),
  })
  .map((t) => ({ ...t, replyTo: t.replyTo ?? undefined }));

const archive: fc.Arbitrary<Archive> = fc.record({
  owner: fc.record({ id: bigId, handle: xHandle, name: displayName, created: moment }),
  tweets: fc.array(archiveTweet, { maxLength: 6 }).map((list) => uniqueBy(list, (t) => t.id)),
  followers: fc.uniqueArray(bigId, { maxLength: 8 }),
  following: fc.uniqueArray(bigId, { maxLength: 8 }),
  likes: fc
    .array(fc.record({ id: bigId, text: postText.map((p) => p.text) }), { maxLength: 5 })
    .map((list) => uniqueBy(list, (l) => l.id)),
});

/** Archive text escapes `&`, `<` and `>` as HTML entities, and nothing else. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The JSON each data file holds (before the `window.YTD… =` wrapper). */
function archiveFiles(a: Archive): Record<string, { global: string; key: string; items: unknown[] }> {
  return {
    'account.js': {
      global: 'account.part0',
      key: 'account',
      items: [
        {
          email: 'redacted@example.com',
          username: a.owner.handle,
          accountId: a.owner.id,
          createdAt: a.owner.created.toISOString(),
          accountDisplayName: a.owner.name,
        },
      ],
    },
    'tweets.js': {
      global: 'tweets.part0',
      key: 'tweet',
      items: a.tweets.map((t) => ({
        id_str: t.id,
        id: t.id,
        full_text: escapeText(t.content.text),
        created_at: twitterDate(t.at),
        favorite_count: String(t.likes),
        retweet_count: '0',
        retweeted: false,
        ...(t.lang ? { lang: t.lang } : {}),
        ...(t.replyTo
          ? {
              in_reply_to_status_id_str: t.replyTo.post,
              in_reply_to_user_id_str: t.replyTo.user,
              in_reply_to_screen_name: t.replyTo.handle,
            }
          : {}),
        entities: {
          hashtags: t.content.tags.map((text) => ({ text, indices: ['0', '1'] })),
          user_mentions: t.content.mentions.map((screen_name, i) => ({
            name: screen_name,
            screen_name,
            indices: ['0', '1'],
            ...(t.mentionIds[i] ? { id_str: t.mentionIds[i], id: t.mentionIds[i] } : {}),
          })),
          urls: t.content.links.map((expanded_url) => ({
            url: 'https://t.co/abc',
            expanded_url,
            display_url: expanded_url.slice(8, 30),
            indices: ['0', '1'],
          })),
          symbols: [],
        },
      })),
    },
    'follower.js': {
      global: 'follower.part0',
      key: 'follower',
      items: a.followers.map((id) => ({
        accountId: id,
        userLink: `https://twitter.com/intent/user?user_id=${id}`,
      })),
    },
    'following.js': {
      global: 'following.part0',
      key: 'following',
      items: a.following.map((id) => ({
        accountId: id,
        userLink: `https://twitter.com/intent/user?user_id=${id}`,
      })),
    },
    'like.js': {
      global: 'like.part0',
      key: 'like',
      items: a.likes.map((l) => ({
        tweetId: l.id,
        fullText: escapeText(l.text),
        expandedUrl: `https://twitter.com/i/web/status/${l.id}`,
      })),
    },
  };
}

function render(files: ReturnType<typeof archiveFiles>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([name, f]) => [name, ytdFile(f.global, f.key, f.items)]),
  );
}

/** Whether the archive has a manifest.js, and where its posts are split into a second part. */
const manifestChoice = fc.option(fc.record({ generated: moment, split: fc.nat() }), { nil: undefined });

/**
 * The files with manifest.js, the posts split over tweets.js and tweets-part1.js as large
 * archives are (the manifest lists both with their counts).
 */
function withManifest(a: Archive, m: { generated: Date; split: number }): Record<string, string> {
  const files = archiveFiles(a);
  const tweets = files['tweets.js']!;
  const cut = m.split % (tweets.items.length + 1);
  const listed = (fileName: string, count: number) => ({
    fileName,
    globalName: 'YTD.x.part0',
    count: String(count),
  });
  const manifest = {
    userInfo: { accountId: a.owner.id, userName: a.owner.handle, displayName: a.owner.name },
    archiveInfo: { sizeBytes: '1000', generationDate: m.generated.toISOString(), isPartialArchive: false },
    dataTypes: {
      tweets: {
        files: [listed('data/tweets.js', cut), listed('data/tweets-part1.js', tweets.items.length - cut)],
      },
      follower: { files: [listed('data/follower.js', a.followers.length)] },
      following: { files: [listed('data/following.js', a.following.length)] },
      like: { files: [listed('data/like.js', a.likes.length)] },
      account: { files: [listed('data/account.js', 1)] },
    },
  };
  return {
    ...render(files),
    'tweets.js': ytdFile('tweets.part0', 'tweet', tweets.items.slice(0, cut)),
    'tweets-part1.js': ytdFile('tweets.part1', 'tweet', tweets.items.slice(cut)),
    'manifest.js': `window.__THAR_CONFIG = ${JSON.stringify(manifest, null, 2)}`,
  };
}

/** The records the reader must yield for the archive, in its order. */
function expectedRecords(a: Archive): ImportRecord[] {
  const owner: AccountKey = { network: 'x', id: a.owner.id, handle: a.owner.handle };
  const x = (id: string): AccountKey => ({ network: 'x', id });
  return [
    { type: 'account', key: owner, name: a.owner.name, createdAt: a.owner.created.toISOString() },
    {
      type: 'person',
      sourceKey: `x:${a.owner.id}`,
      displayName: a.owner.name,
      relationship: 'me',
      accounts: [{ key: owner, status: 'confirmed', evidence: 'owner of this X archive' }],
    },
    ...a.tweets.map((t): ImportRecord => {
      const { mentions, tags, links, text } = t.content;
      return {
        type: 'post',
        network: 'x',
        id: t.id,
        author: owner,
        createdAt: t.at.toISOString(),
        text,
        kind: t.replyTo ? 'reply' : 'post',
        ...(t.replyTo
          ? {
              replyToPostId: t.replyTo.post,
              replyToAccount: { network: 'x', id: t.replyTo.user, handle: t.replyTo.handle },
            }
          : {}),
        ...(t.lang ? { lang: t.lang } : {}),
        likeCount: t.likes,
        repostCount: 0,
        ...(mentions.length
          ? {
              mentions: mentions.map((handle, i) => ({
                network: 'x' as const,
                ...(t.mentionIds[i] ? { id: t.mentionIds[i] } : {}),
                handle,
              })),
            }
          : {}),
        ...(tags.length ? { tags } : {}),
        ...(links.length ? { links } : {}),
      };
    }),
    ...a.followers.map((id): ImportRecord => ({ type: 'follow', follower: x(id), followee: owner })),
    ...a.following.map((id): ImportRecord => ({ type: 'follow', follower: owner, followee: x(id) })),
    ...a.likes.map((l): ImportRecord => {
      const createdAt = snowflakeTime(l.id);
      return {
        type: 'like',
        account: owner,
        post: {
          network: 'x',
          id: l.id,
          text: l.text,
          url: `https://twitter.com/i/web/status/${l.id}`,
          ...(createdAt ? { createdAt } : {}),
        },
      };
    }),
  ];
}

/** With a manifest, its generation date is when the owner's profile was seen. */
function expectedFor(a: Archive, manifest: { generated: Date } | undefined): ImportRecord[] {
  const records = expectedRecords(a);
  if (manifest) Object.assign(records[0]!, { observedAt: manifest.generated.toISOString() });
  return records;
}

const fileNames = ['account.js', 'tweets.js', 'follower.js', 'following.js', 'like.js'] as const;

// Property runs go through real files and workspaces: more time than a unit test, never a timed assertion.
describe('X archive: properties', { timeout: propertyTimeout }, () => {
  const tempDir = useTempDir('x-archive-prop-');

  it('random archives, as a folder or a ZIP, with or without a manifest and split parts, LF or CRLF, with or without a BOM, read back as the records written', async () => {
    await fc.assert(
      fc.asyncProperty(
        archive,
        fc.boolean(),
        fileStyle,
        manifestChoice,
        async (a, zipped, style, manifest) => {
          const written = manifest ? withManifest(a, manifest) : render(archiveFiles(a));
          const files = Object.entries(written).map(([name, text]) => [name, styled(text, style)]);
          const folder = writeFiles(tempDir(), Object.fromEntries(files) as Record<string, string>);
          const path = zipped ? await zipFolder(folder, join(tempDir(), 'archive.zip'), 'data/') : folder;
          const read = await readOrRefusal(xArchiveFormat, path);
          if ('refusal' in read) throw read.refusal;
          const records = expectedRecords(a);
          // The manifest's generation date is when the owner's profile was seen.
          if (manifest) Object.assign(records[0]!, { observedAt: manifest.generated.toISOString() });
          expect(dataRecords(read.records)).toEqual(records);
          expect(read.records.filter((r) => r.type === 'warning')).toEqual([]);
        },
      ),
      { numRuns: propertyRuns(60) },
    );
  });

  it('a damaged data file is read, or refused naming the file, and a refused import changes nothing', async () => {
    const workspace = propertyWorkspace(tempDir());
    try {
      await fc.assert(
        fc.asyncProperty(
          archive,
          manifestChoice,
          fc.nat(),
          fc.oneof(
            corruption().map((damage) => ({ damage })),
            typeSwap().map((swap) => ({ swap })),
          ),
          async (a, manifest, pick, change) => {
            const files = archiveFiles(a);
            const whole = manifest ? withManifest(a, manifest) : render(files);
            const names = Object.keys(whole).sort();
            const name = names[pick % names.length]!;
            const target = (files as Partial<typeof files>)[name as keyof typeof files];
            // manifest.js and tweets-part1.js get byte damage only.
            const damaged =
              'damage' in change || !target || manifest
                ? corrupt(
                    Buffer.from(whole[name]!),
                    'damage' in change ? change.damage : { kind: 'truncate', at: change.swap.node },
                  )
                : `window.YTD.${target.global} = ${JSON.stringify(
                    swapType(
                      target.items.map((item) => ({ [target.key]: item })),
                      change.swap,
                    ),
                  )}`;
            const folder = writeFiles(tempDir(), { ...whole, [name]: damaged });
            const read = await readOrRefusal(xArchiveFormat, folder);
            if ('refusal' in read) expectNamesFile(read.refusal, name);
            else if ('damage' in change && change.damage.kind === 'truncate') {
              // A manifest.js cut before its `window.__THAR_CONFIG =` is left aside with a warning.
              const manifestRead = read.records.some((r) => r.type === 'account' && r.observedAt);
              expectOnlyOriginalRecords(read.records, expectedFor(a, manifestRead ? manifest : undefined));
            }
            const refusal = await workspace.importOrUnchanged({ path: folder });
            if (refusal) expectNamesFile(refusal, name, folder.split('/').pop()!);
          },
        ),
        { numRuns: propertyRuns(80) },
      );
    } finally {
      workspace.close();
    }
  });

  // A flipped byte in the central directory can make two entries claim the same bytes: that is
  // refused as an unsafe archive, a typed refusal too (seed 1684479662, path "161" found it).
  it('a damaged ZIP of an archive is read, or refused with a typed error naming it', async () => {
    const workspace = propertyWorkspace(tempDir());
    try {
      await fc.assert(
        fc.asyncProperty(archive, corruption(), async (a, damage) => {
          const folder = writeFiles(tempDir(), render(archiveFiles(a)));
          const zip = await zipFolder(folder, join(tempDir(), 'archive.zip'), 'data/');
          writeFileSync(zip, corrupt(readFileSync(zip), damage));
          const read = await readOrRefusal(xArchiveFormat, zip).catch((error: unknown) => ({
            opening: error,
          }));
          // Opening the ZIP may itself refuse it (input.ts): that refusal must be typed too.
          if ('opening' in read) throw read.opening;
          if ('refusal' in read)
            expectNamesFile(read.refusal, 'archive.zip', ...fileNames.map((n) => `data/${n}`));
          const refusal = await workspace.importOrUnchanged({ path: zip });
          if (refusal) expectNamesFile(refusal, 'archive.zip', ...fileNames.map((n) => `data/${n}`));
        }),
        { numRuns: propertyRuns(60) },
      );
    } finally {
      workspace.close();
    }
  });

  it('the sample follower.js, cut at any byte, is refused naming the file', async () => {
    const whole = readFileSync(samplePath('x-archive', 'denchi-2020', 'follower.js'));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: whole.length - 3 }), async (at) => {
        const folder = writeFiles(tempDir(), {
          'account.js': accountFile(),
          'follower.js': whole.subarray(0, at),
        });
        const read = await readOrRefusal(xArchiveFormat, folder);
        expect('refusal' in read).toBe(true);
        if ('refusal' in read) expectNamesFile(read.refusal, 'follower.js');
      }),
      { numRuns: propertyRuns(50) },
    );
  });
});
