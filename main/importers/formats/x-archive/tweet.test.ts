import { describe, expect, it } from 'vitest';
import { postFromTweet } from './tweet';

const owner = { network: 'x' as const, id: '42', handle: 'me' };

describe('a tweet object as a post', () => {
  it('tells a repost by its "RT @name:" prefix even when `retweeted` is false and it replies', () => {
    const post = postFromTweet(
      { id_str: '10', full_text: 'RT @sam: hello', retweeted: false, in_reply_to_status_id_str: '9' },
      owner,
    );
    expect(post).toMatchObject({ kind: 'repost', author: owner });
    expect(post?.referencedPostId).toBeUndefined();
    expect(post?.replyToPostId).toBeUndefined();
  });

  it('reads a quote from an x.com status link, but not from a link to the post itself', () => {
    const quote = postFromTweet(
      {
        id_str: '11',
        full_text: 'look',
        entities: { urls: [{ expanded_url: 'https://x.com/sam/status/5?s=20' }] },
      },
      owner,
    );
    expect(quote).toMatchObject({
      kind: 'quote',
      referencedPostId: '5',
      links: ['https://x.com/sam/status/5?s=20'],
    });
    const self = postFromTweet(
      {
        id_str: '12',
        full_text: 'long…',
        entities: { urls: [{ expanded_url: 'https://twitter.com/i/web/status/12' }] },
      },
      owner,
    );
    expect(self?.kind).toBe('post');
    const profile = postFromTweet(
      {
        id_str: '13',
        full_text: 'x',
        entities: { urls: [{ expanded_url: 'https://twitter.com/sam/statuses' }] },
      },
      owner,
    );
    expect(profile?.kind).toBe('post');
  });

  it('keeps ids as strings, falls back to the id for the time, and skips an id-less tweet', () => {
    const post = postFromTweet(
      { id_str: '1488946052412477441', text: 'a &amp; b &lt;3', favorite_count: 'n/a' },
      owner,
    );
    expect(post).toMatchObject({
      id: '1488946052412477441',
      text: 'a & b <3',
      createdAt: '2022-02-02T18:42:56.832Z',
    });
    // python: datetime.utcfromtimestamp(((1488946052412477441 >> 22) + 1288834974657) / 1000)
    expect(post?.likeCount).toBeUndefined();
    expect(postFromTweet({ full_text: 'no id' }, owner)).toBeUndefined();
    expect(postFromTweet({ id_str: 'abc', full_text: 'bad id' }, owner)).toBeUndefined();
  });

  it('names the replied-to account by id and handle, and mentions without duplicated tags', () => {
    const post = postFromTweet(
      {
        id_str: '20',
        full_text: '@sam #a #a',
        created_at: 'Tue Jan 25 16:41:04 +0000 2022',
        in_reply_to_status_id_str: '19',
        in_reply_to_user_id_str: '7',
        in_reply_to_screen_name: 'sam',
        entities: {
          user_mentions: [{ id_str: '7', screen_name: 'sam' }],
          hashtags: [{ text: 'a' }, { text: 'a' }],
        },
      },
      owner,
    );
    expect(post).toMatchObject({
      kind: 'reply',
      replyToPostId: '19',
      replyToAccount: { network: 'x', id: '7', handle: 'sam' },
      mentions: [{ network: 'x', id: '7', handle: 'sam' }],
      tags: ['a'],
      createdAt: '2022-01-25T16:41:04.000Z',
    });
  });
});
