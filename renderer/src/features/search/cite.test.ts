import { describe, expect, it } from 'vitest';
import { citeAccount, citePost, CITE_TYPE, profileUrl, setCiteData } from './cite';

const jack = { network: 'x' as const, handle: 'jack', name: 'jack' };

describe('citePost', () => {
  it('quotes the text and links the author', () => {
    expect(citePost({ text: 'just setting up my twttr', author: jack })).toBe(
      '> just setting up my twttr — [@jack](https://x.com/jack)',
    );
  });

  it('adds the day when the post has one', () => {
    expect(citePost({ text: 'hello', author: jack, createdAt: '2006-03-21T20:50:14Z' })).toBe(
      '> hello — [@jack](https://x.com/jack), Mar 21, 2006',
    );
  });

  it('links the day to the post itself, so a note leads back to the source', () => {
    const url = 'https://x.com/jack/status/20';
    expect(citePost({ text: 'hello', author: jack, createdAt: '2006-03-21T20:50:14Z', url })).toBe(
      '> hello — [@jack](https://x.com/jack), [Mar 21, 2006](https://x.com/jack/status/20)',
    );
    expect(citePost({ text: 'hello', author: jack, url })).toBe(
      '> hello — [@jack](https://x.com/jack), [post](https://x.com/jack/status/20)',
    );
  });

  it('keeps every line of a long post inside the quote', () => {
    expect(citePost({ text: 'first\r\n\r\nsecond\n', author: jack })).toBe(
      '> first\n>\n> second — [@jack](https://x.com/jack)',
    );
  });

  it('names an author without a handle, and a missing author', () => {
    expect(citePost({ text: 'x', author: { network: 'x', handle: null, name: 'Dana [Acme]' } })).toBe(
      '> x — Dana \\[Acme\\]',
    );
    expect(citePost({ text: 'x', author: null })).toBe('> x — unknown author');
  });
});

describe('profileUrl', () => {
  it('builds the profile address per network', () => {
    expect(profileUrl(jack)).toBe('https://x.com/jack');
    expect(profileUrl({ network: 'bluesky', handle: 'dana.bsky.social', name: null })).toBe(
      'https://bsky.app/profile/dana.bsky.social',
    );
    expect(profileUrl({ network: 'mastodon', handle: 'dana@mastodon.social', name: null })).toBe(
      'https://mastodon.social/@dana',
    );
    expect(profileUrl({ network: 'mastodon', handle: 'dana', name: null })).toBeNull();
    expect(profileUrl({ network: 'x', handle: null, name: 'x' })).toBeNull();
  });
});

describe('citeAccount', () => {
  it('escapes markdown in link text', () => {
    expect(citeAccount({ network: 'x', handle: 'a_b_c', name: null })).toBe(
      '[@a\\_b\\_c](https://x.com/a_b_c)',
    );
  });
});

describe('setCiteData', () => {
  it('sets the cite type and plain text', () => {
    const data = new Map<string, string>();
    const transfer = { setData: (k: string, v: string) => data.set(k, v), effectAllowed: 'all' };
    setCiteData(transfer as unknown as DataTransfer, '> x');
    expect(data.get(CITE_TYPE)).toBe('> x');
    expect(data.get('text/plain')).toBe('> x');
    expect(transfer.effectAllowed).toBe('copy');
  });
});
