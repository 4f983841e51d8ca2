import { describe, expect, it } from 'vitest';
import { postUrl } from './source-links';

describe('the address of a post on its network', () => {
  it('X: the status page, under the author when known', () => {
    expect(postUrl({ network: 'x', externalId: '1132261627108220928', authorHandle: 'HonestMvp' })).toBe(
      'https://x.com/HonestMvp/status/1132261627108220928',
    );
    expect(postUrl({ network: 'x', externalId: '1132261627108220928', authorHandle: null })).toBe(
      'https://x.com/i/web/status/1132261627108220928',
    );
  });

  it('Bluesky: bsky.app/profile/<did>/post/<rkey> from the record’s at:// address', () => {
    expect(
      postUrl({
        network: 'bluesky',
        externalId: 'at://did:plc:4jqmwi6rx6lnfzhscit74enp/app.bsky.feed.post/3jhspp2jsjs2u',
        authorHandle: 'paul.bsky.social',
      }),
    ).toBe('https://bsky.app/profile/did:plc:4jqmwi6rx6lnfzhscit74enp/post/3jhspp2jsjs2u');
    expect(
      postUrl({ network: 'bluesky', externalId: 'at://did:plc:x/app.bsky.feed.like/3j', authorHandle: null }),
    ).toBeNull();
  });

  it('Mastodon: the status’s public page on its server', () => {
    expect(
      postUrl({
        network: 'mastodon',
        externalId: 'https://1234.as/users/gouqizi/statuses/107907310382439860',
        authorHandle: null,
      }),
    ).toBe('https://1234.as/@gouqizi/107907310382439860');
    expect(
      postUrl({ network: 'mastodon', externalId: 'https://pleroma.example/objects/9f2', authorHandle: null }),
    ).toBe('https://pleroma.example/objects/9f2');
    expect(
      postUrl({ network: 'mastodon', externalId: 'javascript:alert(1)', authorHandle: null }),
    ).toBeNull();
  });

  it('no address when the record has none', () => {
    expect(postUrl({ network: 'x', externalId: '', authorHandle: 'a' })).toBeNull();
    expect(postUrl({ network: 'x', externalId: 'not-a-number', authorHandle: 'a' })).toBeNull();
  });
});
