import { z } from 'zod';
import { parseDate } from '../../util/dates';
import { htmlToText } from '../../util/text';
import type { AccountKey, PostRecord } from '../../records';
import { mentionAddress } from './addresses';

const activitySchema = z.object({
  id: z.string().nullish(),
  type: z.string(),
  actor: z.unknown().optional(),
  published: z.string().nullish(),
  object: z.unknown().optional(),
});

const noteSchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  published: z.string().nullish(),
  inReplyTo: z.string().nullish(),
  summary: z.string().nullish(),
  content: z.string().nullish(),
  contentMap: z.record(z.string(), z.unknown()).nullish(),
  url: z.unknown().optional(),
  attributedTo: z.unknown().optional(),
  tag: z.unknown().optional(),
  // Quote posts (Mastodon 4.5 in goija-2026) name the quoted post three ways; older servers one.
  quote: z.string().nullish(),
  quoteUri: z.string().nullish(),
  _misskey_quote: z.string().nullish(),
  quoteUrl: z.string().nullish(),
});

const tagSchema = z.object({ type: z.string(), href: z.string().nullish(), name: z.string().nullish() });

type Note = z.infer<typeof noteSchema>;

const postTypes = new Set(['Note', 'Question', 'Article', 'Page']);

export type OutboxItem =
  | { kind: 'post'; post: PostRecord; actor?: string; noteUrl?: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'invalid'; problem: string };

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value) return value;
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' && value.id) {
    return value.id;
  }
  return undefined;
}

/** Classic and numeric Mastodon status URIs name their author: `…/users/<name>/statuses/<id>`. */
function authorOfStatus(uri: string): string | undefined {
  return /^(https?:\/\/[^/]+\/(?:ap\/)?users\/[^/]+)\/statuses\/[^/]+$/.exec(uri)?.[1];
}

interface Tags {
  mentions: AccountKey[];
  hashtags: string[];
  /** Hrefs of mention and hashtag links, which are not the post's links. */
  tagHrefs: Set<string>;
}

function readTags(value: unknown): Tags {
  const tags: Tags = { mentions: [], hashtags: [], tagHrefs: new Set() };
  const seen = new Set<string>();
  for (const item of asList(value)) {
    const tag = tagSchema.safeParse(item);
    if (!tag.success) continue;
    const { type, href, name } = tag.data;
    if (href) tags.tagHrefs.add(href);
    if (type === 'Mention' && href && !seen.has(href)) {
      seen.add(href);
      const handle = name ? mentionAddress(name, href) : undefined;
      tags.mentions.push({ network: 'mastodon', id: href, ...(handle ? { handle } : {}) });
    } else if (type === 'Hashtag' && name) {
      const hashtag = name.replace(/^#/, '');
      if (hashtag && !tags.hashtags.includes(hashtag)) tags.hashtags.push(hashtag);
    }
  }
  return tags;
}

const attributePatterns = {
  href: /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i,
  class: /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i,
  rel: /\srel\s*=\s*(?:"([^"]*)"|'([^']*)')/i,
};

function attribute(tag: string, name: keyof typeof attributePatterns): string | undefined {
  const match = attributePatterns[name].exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Links the author wrote: <a> hrefs that are not mention or hashtag links. */
function linksIn(html: string, tags: Tags): string[] {
  const links: string[] = [];
  for (const [anchor] of html.matchAll(/<a\s[^>]*>/gi)) {
    const rawHref = attribute(anchor, 'href');
    if (!rawHref) continue;
    const href = htmlToText(rawHref);
    const classes = attribute(anchor, 'class') ?? '';
    const rel = attribute(anchor, 'rel') ?? '';
    if (/\b(mention|hashtag)\b/.test(classes) || /\btag\b/.test(rel) || tags.tagHrefs.has(href)) continue;
    if (/^https?:\/\//i.test(href) && !links.includes(href)) links.push(href);
  }
  return links;
}

function languageOf(note: Note): string | undefined {
  const languages = Object.keys(note.contentMap ?? {});
  return languages.length === 1 ? languages[0] : undefined;
}

function postFromNote(note: Note, published: string | null | undefined, author?: AccountKey): PostRecord {
  const quoted = note.quote ?? note.quoteUri ?? note._misskey_quote ?? note.quoteUrl ?? undefined;
  let html = note.content ?? '';
  // A quote post repeats its target as a "RE: <link>" paragraph for old clients: not the author's words.
  if (quoted) html = html.replace(/<p class="quote-inline">[\s\S]*?<\/p>/gi, '');
  const tags = readTags(note.tag);
  const body = htmlToText(html);
  const warning = note.summary ? htmlToText(note.summary) : '';
  const post: PostRecord = {
    type: 'post',
    network: 'mastodon',
    id: note.id,
    ...(author ? { author } : {}),
    text: warning ? `${warning}\n\n${body}` : body,
    kind: note.inReplyTo ? 'reply' : quoted ? 'quote' : 'post',
  };
  const createdAt = parseDate(note.published ?? published);
  if (createdAt) post.createdAt = createdAt;
  if (note.inReplyTo) {
    post.replyToPostId = note.inReplyTo;
    const replyAuthor = authorOfStatus(note.inReplyTo);
    if (replyAuthor) {
      post.replyToAccount =
        author && replyAuthor === author.id ? author : { network: 'mastodon', id: replyAuthor };
    }
  }
  if (quoted) post.referencedPostId = quoted;
  const lang = languageOf(note);
  if (lang) post.lang = lang;
  if (tags.mentions.length > 0) post.mentions = tags.mentions;
  if (tags.hashtags.length > 0) post.tags = tags.hashtags;
  const links = linksIn(html, tags);
  if (links.length > 0) post.links = links;
  return post;
}

/**
 * One outbox activity as a post: Create{Note} is a post, reply or quote; Announce (a boost, whose
 * `object` is only the boosted post's URI in goija-2026/outbox.json) is a repost with empty text.
 * `authorKey` turns the activity's actor URI into the key to use (the owner's, with handle, when it is
 * the owner).
 */
export function readOutboxItem(value: unknown, authorKey: (actor: string) => AccountKey): OutboxItem {
  const parsed = activitySchema.safeParse(value);
  if (!parsed.success) return { kind: 'invalid', problem: 'not an ActivityStreams activity (no "type")' };
  const activity = parsed.data;
  const actor = idOf(activity.actor);
  if (activity.type === 'Announce') {
    const boosted = idOf(activity.object);
    if (!activity.id || !boosted) return { kind: 'skip', reason: 'boost without an id or a boosted post' };
    const post: PostRecord = {
      type: 'post',
      network: 'mastodon',
      id: activity.id,
      text: '',
      kind: 'repost',
      referencedPostId: boosted,
    };
    if (actor) post.author = authorKey(actor);
    const createdAt = parseDate(activity.published);
    if (createdAt) post.createdAt = createdAt;
    return { kind: 'post', post, ...(actor ? { actor } : {}) };
  }
  if (activity.type !== 'Create') return { kind: 'skip', reason: `outbox activity of type ${activity.type}` };
  if (typeof activity.object === 'string') return { kind: 'skip', reason: 'post given only by its URI' };
  const note = noteSchema.safeParse(activity.object);
  if (!note.success) return { kind: 'skip', reason: 'post without an id' };
  if (!postTypes.has(note.data.type)) return { kind: 'skip', reason: `outbox Create of a ${note.data.type}` };
  const author = actor ?? idOf(note.data.attributedTo);
  const post = postFromNote(note.data, activity.published, author ? authorKey(author) : undefined);
  const noteUrl = typeof note.data.url === 'string' ? note.data.url : undefined;
  return { kind: 'post', post, ...(author ? { actor: author } : {}), ...(noteUrl ? { noteUrl } : {}) };
}
