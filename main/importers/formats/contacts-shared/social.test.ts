import { describe, expect, it } from 'vitest';
import {
  accountFromHandle,
  accountFromUrl,
  accountsInText,
  isLinkedInProfileUrl,
  networkFromLabel,
} from './social';

describe('profile URLs name accounts', () => {
  it('reads X profiles on twitter.com and x.com, with or without scheme and www', () => {
    expect(accountFromUrl('https://twitter.com/jdoe')).toEqual({ network: 'x', handle: 'jdoe' });
    expect(accountFromUrl('http://www.x.com/J_Doe/')).toEqual({ network: 'x', handle: 'J_Doe' });
    expect(accountFromUrl('mobile.twitter.com/jdoe?lang=en')).toEqual({ network: 'x', handle: 'jdoe' });
    expect(accountFromUrl('https://twitter.com/#!/jdoe')).toEqual({ network: 'x', handle: 'jdoe' });
    expect(accountFromUrl('https://twitter.com/intent/user?screen_name=jdoe')).toEqual({
      network: 'x',
      handle: 'jdoe',
    });
    expect(accountFromUrl('https://x.com/i/user/1600798230893686784')).toEqual({
      network: 'x',
      id: '1600798230893686784',
    });
  });

  it('does not take X pages, posts or look-alike hosts for profiles', () => {
    expect(accountFromUrl('https://twitter.com/home')).toBeUndefined();
    expect(accountFromUrl('https://twitter.com/jdoe/status/1600798230893686784')).toBeUndefined();
    expect(accountFromUrl('https://twitter.com/this_handle_is_too_long')).toBeUndefined();
    expect(accountFromUrl('https://fox.com/jdoe')).toBeUndefined();
  });

  it('reads Bluesky profiles by handle or DID', () => {
    expect(accountFromUrl('https://bsky.app/profile/Jay.bsky.social')).toEqual({
      network: 'bluesky',
      handle: 'jay.bsky.social',
    });
    expect(accountFromUrl('https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz')).toEqual({
      network: 'bluesky',
      id: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
    });
    expect(accountFromUrl('https://bsky.app/profile/jay.bsky.social/post/3k')).toBeUndefined();
  });

  it('reads Mastodon /@user URLs but not other sites that use /@', () => {
    expect(accountFromUrl('https://mastodon.social/@Gargron')).toEqual({
      network: 'mastodon',
      handle: 'Gargron@mastodon.social',
    });
    expect(accountFromUrl('https://hachyderm.io/@jdoe@fosstodon.org')).toEqual({
      network: 'mastodon',
      handle: 'jdoe@fosstodon.org',
    });
    expect(accountFromUrl('https://medium.com/@jdoe')).toBeUndefined();
    expect(accountFromUrl('https://www.youtube.com/@jdoe')).toBeUndefined();
    expect(accountFromUrl('https://mastodon.social/@Gargron/1234567')).toBeUndefined();
    expect(accountFromUrl('https://mastodon.social/users/Gargron')).toBeUndefined();
    expect(accountFromUrl('https://mastodon.social/users/Gargron', 'mastodon')).toEqual({
      network: 'mastodon',
      handle: 'Gargron@mastodon.social',
    });
  });

  it('keeps LinkedIn out of accounts but recognises its profile URLs', () => {
    expect(accountFromUrl('https://www.linkedin.com/in/anjula-batra')).toBeUndefined();
    expect(isLinkedInProfileUrl('https://www.linkedin.com/in/anjula-batra')).toBe(true);
    expect(isLinkedInProfileUrl('https://www.linkedin.com/company/ibm')).toBe(false);
  });
});

describe('handles in labelled fields', () => {
  it('reads each network’s handle forms', () => {
    expect(accountFromHandle('x', '@jdoe')).toEqual({ network: 'x', handle: 'jdoe' });
    expect(accountFromHandle('x', 'x.com/jdoe')).toEqual({ network: 'x', handle: 'jdoe' });
    expect(accountFromHandle('x', 'John Doe')).toBeUndefined();
    expect(accountFromHandle('bluesky', '@jay.bsky.social')).toEqual({
      network: 'bluesky',
      handle: 'jay.bsky.social',
    });
    expect(accountFromHandle('mastodon', '@jdoe@Fosstodon.org')).toEqual({
      network: 'mastodon',
      handle: 'jdoe@fosstodon.org',
    });
    expect(accountFromHandle('mastodon', 'jdoe')).toBeUndefined();
  });

  it('knows labels by their usual names, Apple’s wrapped ones included', () => {
    expect(networkFromLabel('Twitter')).toBe('x');
    expect(networkFromLabel('_$!<Twitter>!$_')).toBe('x');
    expect(networkFromLabel('Twitter profile')).toBe('x');
    expect(networkFromLabel('Bluesky')).toBe('bluesky');
    expect(networkFromLabel('HomePage')).toBeUndefined();
  });
});

describe('accounts in free text', () => {
  it('finds URLs, Mastodon addresses and labelled handles, not bare @names or e-mails', () => {
    const found = accountsInText(
      'Met at FOSDEM. Twitter: @jdoe_dev, toots as @jdoe@fosstodon.org; see https://bsky.app/profile/jdoe.example.com. ' +
        'Mail jdoe@example.com, ping @someone, x: nothing',
    );
    expect(found.map((f) => f.key)).toEqual([
      { network: 'bluesky', handle: 'jdoe.example.com' },
      { network: 'mastodon', handle: 'jdoe@fosstodon.org' },
      { network: 'x', handle: 'jdoe_dev' },
    ]);
  });
});
