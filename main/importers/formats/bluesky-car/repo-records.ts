import { z } from 'zod';
import { parseDate } from '../../util/dates';
import type { AccountKey, AccountRecord, ImportRecord, PostRecord } from '../../records';
import { accountOfUri, isPostUri, parseAtUri } from './at-uri';
import { featuresOf } from './facets';

const strongRef = z.object({ uri: z.string() });

const postSchema = z.object({
  text: z.string(),
  createdAt: z.string().optional(),
  facets: z.unknown().optional(),
  entities: z.unknown().optional(),
  reply: z.object({ parent: strongRef }).optional(),
  embed: z.unknown().optional(),
  langs: z.array(z.string()).optional(),
});

const subjectSchema = z.object({ subject: strongRef, createdAt: z.string().optional() });

// Follows name a DID; 2022 repos wrote {did, declarationCid}.
const followSchema = z.object({ subject: z.union([z.string(), z.object({ did: z.string() })]) });

const profileSchema = z.object({ displayName: z.string().optional(), description: z.string().optional() });

/** Record types of 2022–23 repositories that Bluesky has since dropped. */
const legacyTypes = new Set([
  'app.bsky.feed.vote',
  'app.bsky.feed.trend',
  'app.bsky.graph.assertion',
  'app.bsky.graph.confirmation',
  'app.bsky.system.declaration',
]);

export interface RepoContext {
  did: string;
  owner: AccountKey;
  /** `file, collection/rkey` for skip records. */
  where: string;
}

type Embedded = { quoted?: string; link?: string };

/** A quoted post (app.bsky.embed.record, or recordWithMedia) and an external link card, if any. */
function embedded(embed: unknown): Embedded {
  if (!embed || typeof embed !== 'object' || !('$type' in embed)) return {};
  const uriOf = (value: unknown): string | undefined => strongRef.safeParse(value).data?.uri;
  switch (embed.$type) {
    case 'app.bsky.embed.record': {
      const uri = 'record' in embed ? uriOf(embed.record) : undefined;
      // Embedding a feed, list or starter pack is not quoting a post.
      return uri && isPostUri(uri) ? { quoted: uri } : {};
    }
    case 'app.bsky.embed.recordWithMedia': {
      const record = 'record' in embed ? embed.record : undefined;
      const inner =
        record && typeof record === 'object' && 'record' in record ? uriOf(record.record) : undefined;
      const media = 'media' in embed ? embedded(embed.media) : {};
      return { ...(inner && isPostUri(inner) ? { quoted: inner } : {}), ...media };
    }
    case 'app.bsky.embed.external': {
      const external = 'external' in embed ? embed.external : undefined;
      return { link: uriOf(external) };
    }
    default:
      return {};
  }
}

function postRecord(key: string, value: z.infer<typeof postSchema>, ctx: RepoContext): PostRecord {
  const { quoted, link } = embedded(value.embed);
  const features = featuresOf(value.facets, value.entities);
  if (link && !features.links.includes(link)) features.links.push(link);
  const parent = value.reply?.parent.uri;
  const post: PostRecord = {
    type: 'post',
    network: 'bluesky',
    id: `at://${ctx.did}/${key}`,
    author: ctx.owner,
    text: value.text,
    kind: parent ? 'reply' : quoted ? 'quote' : 'post',
  };
  const createdAt = parseDate(value.createdAt);
  if (createdAt) post.createdAt = createdAt;
  if (parent) {
    post.replyToPostId = parent;
    const account = accountOfUri(parent);
    if (account) post.replyToAccount = account.id === ctx.did ? ctx.owner : account;
  }
  if (quoted) post.referencedPostId = quoted;
  if (value.langs?.[0]) post.lang = value.langs[0];
  if (features.mentions.length > 0) post.mentions = features.mentions;
  if (features.tags.length > 0) post.tags = features.tags;
  if (features.links.length > 0) post.links = features.links;
  return post;
}

function skip(reason: string, ctx: RepoContext): ImportRecord {
  return { type: 'skip', reason, where: ctx.where };
}

/**
 * One repository record as normalized records. `type` is the record's `$type`; records this app does
 * not use (blocks, lists, other lexicons) and legacy types become counted skips.
 */
export function readRepoRecord(key: string, value: unknown, ctx: RepoContext): ImportRecord[] {
  const type =
    value && typeof value === 'object' && '$type' in value && typeof value.$type === 'string'
      ? value.$type
      : undefined;
  if (!type) return [skip('record without a $type', ctx)];
  if (key.slice(0, key.indexOf('/')) !== type)
    return [skip(`${type} record filed under another collection`, ctx)];
  const mismatch = () => [skip(`${type} record that does not match its lexicon`, ctx)];
  switch (type) {
    case 'app.bsky.feed.post': {
      const post = postSchema.safeParse(value);
      return post.success ? [postRecord(key, post.data, ctx)] : mismatch();
    }
    case 'app.bsky.feed.repost': {
      const repost = subjectSchema.safeParse(value);
      if (!repost.success) return mismatch();
      const post: PostRecord = {
        type: 'post',
        network: 'bluesky',
        id: `at://${ctx.did}/${key}`,
        author: ctx.owner,
        text: '',
        kind: 'repost',
        referencedPostId: repost.data.subject.uri,
      };
      const createdAt = parseDate(repost.data.createdAt);
      if (createdAt) post.createdAt = createdAt;
      return [post];
    }
    case 'app.bsky.feed.like': {
      const like = subjectSchema.safeParse(value);
      if (!like.success) return mismatch();
      const uri = like.data.subject.uri;
      const collection = parseAtUri(uri)?.collection;
      if (collection !== 'app.bsky.feed.post')
        return [skip(`like of something other than a post (${collection ?? uri})`, ctx)];
      const author = accountOfUri(uri);
      const likedAt = parseDate(like.data.createdAt);
      return [
        {
          type: 'like',
          account: ctx.owner,
          post: { network: 'bluesky', id: uri, ...(author ? { author } : {}) },
          ...(likedAt ? { likedAt } : {}),
        },
      ];
    }
    case 'app.bsky.graph.follow': {
      const follow = followSchema.safeParse(value);
      if (!follow.success) return mismatch();
      const subject = follow.data.subject;
      const did = typeof subject === 'string' ? subject : subject.did;
      if (!did.startsWith('did:')) return mismatch();
      return [{ type: 'follow', follower: ctx.owner, followee: { network: 'bluesky', id: did } }];
    }
    case 'app.bsky.actor.profile': {
      const profile = profileSchema.safeParse(value);
      if (!profile.success) return mismatch();
      const account: AccountRecord = { type: 'account', key: ctx.owner };
      if (profile.data.displayName?.trim()) account.name = profile.data.displayName.trim();
      if (profile.data.description?.trim()) account.bio = profile.data.description.trim();
      return [account];
    }
    default:
      return [
        skip(
          legacyTypes.has(type) ? `legacy record type ${type}` : `record type ${type} is not imported`,
          ctx,
        ),
      ];
  }
}
