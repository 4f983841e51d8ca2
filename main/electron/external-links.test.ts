import { describe, expect, it } from 'vitest';
import { openOutside } from './external-links';

describe('a link to a post or a profile', () => {
  it('opens in the user’s browser, never in the app’s window', () => {
    const opened: string[] = [];
    const open = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
    expect(openOutside('https://bsky.app/profile/did:plc:abc/post/3jhs', open)).toEqual({ action: 'deny' });
    expect(openOutside('http://mastodon.social/@ann/1', open)).toEqual({ action: 'deny' });
    expect(opened).toEqual([
      'https://bsky.app/profile/did:plc:abc/post/3jhs',
      'http://mastodon.social/@ann/1',
    ]);
  });

  it('opens nothing else: files, scripts, the app’s own pages', () => {
    const opened: string[] = [];
    const open = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://inside-track/index.html',
      'smb://x/y',
    ])
      expect(openOutside(url, open)).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });
});
