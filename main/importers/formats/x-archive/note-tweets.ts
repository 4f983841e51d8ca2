import type { AccountKey, PostRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { idString } from '../../util/lossless-json';
import { asObject, listAt, objectAt, textAt } from '../../util/json-shape';
import { accountKey, quotedPostId } from './tweet';

/**
 * Long posts: tweets.js holds them cut to ~280 characters ("… https://t.co/x"), and
 * note-tweet.js holds the whole text as `noteTweet{noteTweetId, createdAt, core{text, urls,
 * mentions, hashtags}}`, with no tweet id. A note is matched to its tweet by text prefix, the
 * closest in time winning among equal prefixes; notes no tweet claims are posts of their own.
 */
export interface NoteTweet {
  id: string;
  text: string;
  createdAt?: string;
  tags: string[];
  links: string[];
  mentions: AccountKey[];
  /** Some archives name the tweet directly. */
  tweetId?: string;
  used: boolean;
}

/** Prefix length used to index notes; a cut-off long post is always longer than this. */
const KEY_CHARS = 40;

function normalized(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** The visible part of a cut-off post: without its trailing t.co link and ellipsis. */
function visiblePrefix(text: string): string {
  return normalized(text)
    .replace(/\s*https:\/\/t\.co\/\w+$/, '')
    .replace(/\s*(…|\.\.\.)$/, '')
    .trim();
}

export function noteFrom(value: unknown): NoteTweet | undefined {
  const note = objectAt(value, 'noteTweet');
  const core = objectAt(note, 'core') ?? objectAt(note, 'noteTweetResults');
  const id = idString(asObject(note)?.noteTweetId);
  const text = textAt(core, 'text');
  if (!id || !text) return undefined;
  return {
    id,
    text,
    createdAt: parseDate(textAt(note, 'createdAt')),
    tags: listAt(core, 'hashtags')
      .map((h) => textAt(h, 'text'))
      .filter((t): t is string => t !== undefined),
    links: listAt(core, 'urls')
      .map((u) => textAt(u, 'expandedUrl') ?? textAt(u, 'expanded_url'))
      .filter((u): u is string => u !== undefined),
    mentions: listAt(core, 'mentions')
      .map((m) =>
        accountKey(
          idString(asObject(m)?.id_str ?? asObject(m)?.id),
          textAt(m, 'screenName') ?? textAt(m, 'screen_name'),
        ),
      )
      .filter((m): m is AccountKey => m !== undefined),
    tweetId: idString(asObject(note)?.tweetId),
    used: false,
  };
}

export class NoteTweets {
  private readonly byPrefix = new Map<string, NoteTweet[]>();
  private readonly byTweetId = new Map<string, NoteTweet>();
  private readonly all: NoteTweet[] = [];

  get size(): number {
    return this.all.length;
  }

  add(note: NoteTweet): void {
    this.all.push(note);
    if (note.tweetId) this.byTweetId.set(note.tweetId, note);
    const key = normalized(note.text).slice(0, KEY_CHARS);
    this.byPrefix.set(key, [...(this.byPrefix.get(key) ?? []), note]);
  }

  /** The note holding this post's whole text, if any; it is then used up. */
  private match(post: PostRecord): NoteTweet | undefined {
    const direct = this.byTweetId.get(post.id);
    if (direct && !direct.used) return direct;
    const prefix = visiblePrefix(post.text);
    const candidates = (this.byPrefix.get(prefix.slice(0, KEY_CHARS)) ?? []).filter(
      (n) =>
        !n.used &&
        (prefix.length >= KEY_CHARS ? normalized(n.text).startsWith(prefix) : normalized(n.text) === prefix),
    );
    const time = post.createdAt ? Date.parse(post.createdAt) : NaN;
    const distance = (n: NoteTweet) =>
      n.createdAt && !Number.isNaN(time) ? Math.abs(Date.parse(n.createdAt) - time) : Infinity;
    return candidates.sort((a, b) => distance(a) - distance(b))[0];
  }

  /** The post with its whole text and entities when a note holds them; the post itself otherwise. */
  complete(post: PostRecord): PostRecord {
    if (this.all.length === 0) return post;
    const note = this.match(post);
    if (!note) return post;
    note.used = true;
    // Without the note's own links, keep the post's, less the "show more" link to itself.
    const links =
      note.links.length > 0 ? note.links : (post.links ?? []).filter((l) => !l.endsWith(`/${post.id}`));
    const full: PostRecord = { ...post, text: note.text };
    const quoted = quotedPostId(note.links, post.id);
    if (full.kind === 'post' && quoted) {
      full.kind = 'quote';
      full.referencedPostId = quoted;
    }
    if (note.tags.length > 0) full.tags = note.tags;
    if (note.mentions.length > 0) full.mentions = note.mentions;
    if (links.length > 0) full.links = links;
    else delete full.links;
    return full;
  }

  /** Notes no post claimed, as posts of their own (their id is the note's id). */
  leftovers(author: AccountKey | undefined): PostRecord[] {
    return this.all
      .filter((n) => !n.used)
      .map((n) => {
        const post: PostRecord = {
          type: 'post',
          network: 'x',
          id: n.id,
          author,
          createdAt: n.createdAt,
          text: n.text,
          kind: 'post',
        };
        const quoted = quotedPostId(n.links, n.id);
        if (quoted) {
          post.kind = 'quote';
          post.referencedPostId = quoted;
        }
        if (n.tags.length > 0) post.tags = n.tags;
        if (n.mentions.length > 0) post.mentions = n.mentions;
        if (n.links.length > 0) post.links = n.links;
        return post;
      });
  }
}
