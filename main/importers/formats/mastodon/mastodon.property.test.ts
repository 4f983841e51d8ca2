import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, hashtag, link, moment, uniqueBy } from '../../../test-support/arbitraries';
import { corrupt, corruption, fileStyle, styled, swapType, typeSwap } from '../../../test-support/corruption';
import {
  dataRecords,
  expectNamesFile,
  expectOnlyOriginalRecords,
  propertyRuns,
  propertyTimeout,
  propertyWorkspace,
  readOrRefusal,
} from '../../../test-support/import-check';
import { useTempDir } from '../../../test-support/temp-dir';
import type { AccountKey, ImportRecord } from '../../records';
import { mastodonFormat } from './index';
import { writeFiles } from '../../../test-support/test-files';

const username = fc.stringMatching(/^[A-Za-z0-9_]{1,20}$/);
const host = fc.constantFrom('social.example', 'mastodon.example.org', 'xn--bcher-kva.example');
const account = fc.record({ name: username, host });

interface Toot {
  id: string;
  text: string;
  /** The `content` Mastodon writes for the text. */
  html: string;
  mentions: { name: string; host: string }[];
  tags: string[];
  links: string[];
  at: Date;
  lang?: string;
}

interface MastodonArchive {
  owner: { name: string; host: string; display: string; bio?: string; since: Date };
  toots: (Toot & { replyTo?: string })[];
  /** Boosts of other servers' posts (Announce activities whose object is only a URI). */
  boosts: { id: string; of: string; at: Date }[];
  likes: string[];
  following: string[];
}

type Part =
  | string
  | { words: string }
  | { mention: { name: string; host: string } }
  | { tag: string }
  | { url: string };

/** Text in words, @user@host mentions, #tags and links, as the HTML Mastodon writes for it. */
const tootBody: fc.Arbitrary<Part[]> = fc.array<Part>(
  fc.oneof(
    fc.constantFrom('hello', 'a & b', '<3', '"quoted"', "it's", 'naïve', '你好', '🎉', '\n'),
    displayName.map((words) => ({ words })),
    account.map((mention) => ({ mention })),
    hashtag.map((tag) => ({ tag })),
    link.map((url) => ({ url })),
  ),
  { minLength: 1, maxLength: 8 },
);

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function tootOf(parts: Part[], id: string, at: Date, lang?: string): Toot {
  const toot: Toot = {
    id,
    text: '',
    mentions: [],
    tags: [],
    links: [],
    at,
    lang,
    html: '',
  };
  const text: string[] = [];
  const html: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string' || 'words' in part) {
      const words = typeof part === 'string' ? part : part.words;
      text.push(words);
      html.push(escapeHtml(words).replace(/\n/g, '<br />'));
    } else if ('mention' in part) {
      const { name, host: on } = part.mention;
      if (!toot.mentions.some((m) => m.name === name && m.host === on)) toot.mentions.push(part.mention);
      text.push(`@${name}`);
      html.push(
        `<span class="h-card" translate="no"><a href="https://${on}/@${name}" class="u-url mention">@<span>${name}</span></a></span>`,
      );
    } else if ('tag' in part) {
      if (!toot.tags.includes(part.tag)) toot.tags.push(part.tag);
      text.push(`#${part.tag}`);
      html.push(
        `<a href="https://social.example/tags/${encodeURIComponent(part.tag)}" class="mention hashtag" rel="tag">#<span>${escapeHtml(part.tag)}</span></a>`,
      );
    } else {
      if (!toot.links.includes(part.url)) toot.links.push(part.url);
      text.push(part.url);
      html.push(
        `<a href="${escapeHtml(part.url)}" target="_blank" rel="nofollow noopener">${escapeHtml(part.url)}</a>`,
      );
    }
  }
  toot.text = `${text.join(' ')} .`.trim();
  toot.html = `<p>${html.join(' ')} .</p>`;
  return toot;
}

/** A post on another server, by its classic URI (which names its author). */
const statusUri = fc
  .tuple(account, fc.bigInt({ min: 1n, max: 2n ** 63n }))
  .map(([a, id]) => `https://${a.host}/users/${a.name}/statuses/${id}`);

const archive = fc.record({
  owner: fc.record({
    name: username,
    host,
    display: displayName,
    bio: fc.option(displayName, { nil: undefined }),
    since: moment,
  }),
  toots: fc
    .array(
      fc.record({
        id: fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String),
        body: tootBody,
        at: moment,
        lang: fc.option(fc.constantFrom('en', 'de', 'ja'), { nil: undefined }),
        replyTo: fc.option(statusUri, { nil: undefined }),
      }),
      { maxLength: 5 },
    )
    .map((list) =>
      uniqueBy(list, (t) => t.id).map((t) => ({ ...tootOf(t.body, t.id, t.at, t.lang), replyTo: t.replyTo })),
    ),
  boosts: fc
    .array(fc.record({ id: fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String), of: statusUri, at: moment }), {
      maxLength: 3,
    })
    .map((list) => uniqueBy(list, (b) => b.id)),
  likes: fc.uniqueArray(statusUri, { maxLength: 5 }),
  following: fc.uniqueArray(
    account.map((a) => `${a.name}@${a.host}`),
    { maxLength: 6 },
  ),
});

type Archive = MastodonArchive;

function actorUri(a: Archive): string {
  return `https://${a.owner.host}/users/${a.owner.name}`;
}

function jsonFiles(a: Archive): { 'actor.json': unknown; 'outbox.json': unknown; 'likes.json': unknown } {
  const actor = actorUri(a);
  return {
    'actor.json': {
      '@context': ['https://www.w3.org/ns/activitystreams'],
      id: actor,
      type: 'Person',
      preferredUsername: a.owner.name,
      name: a.owner.display,
      summary: a.owner.bio === undefined ? '' : `<p>${escapeHtml(a.owner.bio).replace(/\n/g, '<br />')}</p>`,
      url: `https://${a.owner.host}/@${a.owner.name}`,
      outbox: 'outbox.json',
      published: a.owner.since.toISOString(),
    },
    'outbox.json': {
      '@context': 'https://www.w3.org/ns/activitystreams',
      id: 'outbox.json',
      type: 'OrderedCollection',
      totalItems: a.toots.length + a.boosts.length,
      orderedItems: [
        ...a.boosts.map((b) => ({
          id: `${actor}/statuses/${b.id}/activity`,
          type: 'Announce',
          actor,
          published: b.at.toISOString(),
          to: ['https://www.w3.org/ns/activitystreams#Public'],
          object: b.of,
        })),
        ...a.toots.map((t) => ({
          id: `${actor}/statuses/${t.id}/activity`,
          type: 'Create',
          actor,
          published: t.at.toISOString(),
          to: ['https://www.w3.org/ns/activitystreams#Public'],
          object: {
            id: `${actor}/statuses/${t.id}`,
            type: 'Note',
            summary: null,
            inReplyTo: t.replyTo ?? null,
            published: t.at.toISOString(),
            url: `https://${a.owner.host}/@${a.owner.name}/${t.id}`,
            attributedTo: actor,
            content: t.html,
            ...(t.lang ? { contentMap: { [t.lang]: t.html } } : {}),
            tag: [
              ...t.mentions.map((m) => ({
                type: 'Mention',
                href: `https://${m.host}/users/${m.name}`,
                name: `@${m.name}@${m.host}`,
              })),
              ...t.tags.map((tag) => ({
                type: 'Hashtag',
                href: `https://social.example/tags/${encodeURIComponent(tag)}`,
                name: `#${tag}`,
              })),
            ],
          },
        })),
      ],
    },
    'likes.json': {
      '@context': 'https://www.w3.org/ns/activitystreams',
      id: 'likes.json',
      type: 'OrderedCollection',
      orderedItems: a.likes,
    },
  };
}

function followingCsv(a: Archive): string {
  const rows = a.following.map((address) => `${address},true,false,`);
  return ['Account address,Show boosts,Notify on new posts,Languages', ...rows, ''].join('\n');
}

function render(a: Archive): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, value] of Object.entries(jsonFiles(a))) files[name] = JSON.stringify(value);
  files['following_accounts.csv'] = followingCsv(a);
  return files;
}

function expected(a: Archive): ImportRecord[] {
  const owner: AccountKey = {
    network: 'mastodon',
    id: actorUri(a),
    handle: `${a.owner.name}@${a.owner.host}`,
  };
  // A classic status URI names its author; a reply to the owner's own post is the owner's key.
  const replyAuthor = (uri: string): AccountKey => {
    const id = uri.slice(0, uri.indexOf('/statuses/'));
    return id === owner.id ? owner : { network: 'mastodon', id };
  };
  return [
    {
      type: 'account',
      key: owner,
      name: a.owner.display,
      ...(a.owner.bio !== undefined ? { bio: a.owner.bio } : {}),
      url: `https://${a.owner.host}/@${a.owner.name}`,
      createdAt: a.owner.since.toISOString(),
    },
    {
      type: 'person',
      sourceKey: `mastodon:${owner.id}`,
      displayName: a.owner.display,
      relationship: 'me',
      accounts: [{ key: owner, status: 'confirmed', evidence: 'owner of this Mastodon archive' }],
    },
    ...a.boosts.map((b): ImportRecord => ({
      type: 'post',
      network: 'mastodon',
      id: `${actorUri(a)}/statuses/${b.id}/activity`,
      text: '',
      kind: 'repost',
      referencedPostId: b.of,
      author: owner,
      createdAt: b.at.toISOString(),
    })),
    ...a.toots.map((t): ImportRecord => ({
      type: 'post',
      network: 'mastodon',
      id: `${actorUri(a)}/statuses/${t.id}`,
      author: owner,
      text: t.text,
      kind: t.replyTo ? 'reply' : 'post',
      ...(t.replyTo ? { replyToPostId: t.replyTo, replyToAccount: replyAuthor(t.replyTo) } : {}),
      createdAt: t.at.toISOString(),
      ...(t.lang ? { lang: t.lang } : {}),
      ...(t.mentions.length
        ? {
            mentions: t.mentions.map((m) => ({
              network: 'mastodon' as const,
              id: `https://${m.host}/users/${m.name}`,
              handle: `${m.name}@${m.host}`,
            })),
          }
        : {}),
      ...(t.tags.length ? { tags: t.tags } : {}),
      ...(t.links.length ? { links: t.links } : {}),
    })),
    ...a.likes.map((id): ImportRecord => ({
      type: 'like',
      account: owner,
      post: { network: 'mastodon', id },
    })),
    ...a.following.map((handle): ImportRecord => ({
      type: 'follow',
      follower: owner,
      followee: { network: 'mastodon', handle },
    })),
  ];
}

const fileNames = ['actor.json', 'outbox.json', 'likes.json', 'following_accounts.csv'] as const;

// Property runs go through real files and workspaces: more time than a unit test, never a timed assertion.
describe('Mastodon archive: properties', { timeout: propertyTimeout }, () => {
  const tempDir = useTempDir('mastodon-prop-');

  it('random archives, LF or CRLF, with or without a BOM, read back as the records written', async () => {
    await fc.assert(
      fc.asyncProperty(archive, fileStyle, async (a, style) => {
        const files = Object.entries(render(a)).map(([name, text]) => [name, styled(text, style)]);
        const folder = writeFiles(tempDir(), Object.fromEntries(files) as Record<string, string>);
        const read = await readOrRefusal(mastodonFormat, folder);
        if ('refusal' in read) throw read.refusal;
        expect(dataRecords(read.records)).toEqual(expected(a));
      }),
      { numRuns: propertyRuns(80) },
    );
  });

  it('a damaged archive file is read, or refused naming the file, and a refused import changes nothing', async () => {
    const workspace = propertyWorkspace(tempDir());
    try {
      await fc.assert(
        fc.asyncProperty(
          archive,
          fc.constantFrom(...fileNames),
          fc.oneof(
            { weight: 3, arbitrary: corruption().map((damage) => ({ damage })) },
            { weight: 1, arbitrary: typeSwap().map((swap) => ({ swap })) },
          ),
          async (a, name, how) => {
            const whole = render(a);
            const damaged =
              'damage' in how || name === 'following_accounts.csv'
                ? corrupt(
                    Buffer.from(whole[name]!),
                    'damage' in how ? how.damage : { kind: 'truncate', at: how.swap.node },
                  )
                : JSON.stringify(swapType(jsonFiles(a)[name], how.swap));
            const folder = writeFiles(tempDir(), { ...whole, [name]: damaged });
            const read = await readOrRefusal(mastodonFormat, folder);
            if ('refusal' in read) expectNamesFile(read.refusal, name);
            else if ('damage' in how && how.damage.kind === 'truncate') {
              expectOnlyOriginalRecords(read.records, expected(a));
            }
            const refusal = await workspace.importOrUnchanged({ path: folder });
            if (refusal) expectNamesFile(refusal, name, folder.split('/').pop()!);
          },
        ),
        { numRuns: propertyRuns(60) },
      );
    } finally {
      workspace.close();
    }
  });
});
