import type { PostKind } from '../../records';

export interface PostReferences {
  retweetOf?: string;
  quoteOf?: string;
  replyTo?: string;
  /** A repost whose original's id the file does not give ("RT @name: …" text only). */
  repostWithoutId?: boolean;
}

/**
 * One kind per post, though a post can be a reply that also quotes: a repost wins (its text is the
 * original's), then a reply (it places the post in a conversation), then a quote. The ids of the
 * replied-to and the reposted or quoted post are kept either way.
 */
export function classifyPost(refs: PostReferences): {
  kind: PostKind;
  replyToPostId?: string;
  referencedPostId?: string;
} {
  const kind: PostKind =
    refs.retweetOf || refs.repostWithoutId
      ? 'repost'
      : refs.replyTo
        ? 'reply'
        : refs.quoteOf
          ? 'quote'
          : 'post';
  const referencedPostId = refs.retweetOf ?? refs.quoteOf;
  return {
    kind,
    ...(refs.replyTo ? { replyToPostId: refs.replyTo } : {}),
    ...(referencedPostId ? { referencedPostId } : {}),
  };
}
