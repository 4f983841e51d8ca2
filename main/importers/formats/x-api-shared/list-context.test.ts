import { describe, expect, it } from 'vitest';
import { followListFromFileName, listFromApiUrl } from './list-context';

describe('list context', () => {
  it('reads whose list a twarc2 page is from its request URL', () => {
    expect(listFromApiUrl('https://api.twitter.com/2/users/783214/followers?max_results=1000')).toEqual({
      kind: 'followers',
      owner: { network: 'x', id: '783214' },
    });
    expect(listFromApiUrl('https://api.twitter.com/2/users/12/following')?.kind).toBe('following');
    expect(listFromApiUrl('https://api.twitter.com/2/tweets/1460323737035677698/liking_users')).toEqual({
      kind: 'liking_users',
      postId: '1460323737035677698',
    });
    expect(listFromApiUrl('https://api.twitter.com/2/tweets/search/recent?query=obama')).toBeUndefined();
    expect(listFromApiUrl('not a url')).toBeUndefined();
  });

  it('reads which follow list a saved response is from its file name', () => {
    expect(followListFromFileName('get_users_followers_0.json')).toBe('followers');
    expect(followListFromFileName('x/get_users_following_0.json')).toBe('following');
    expect(followListFromFileName('get_liking_users_0.json')).toBeUndefined();
    expect(followListFromFileName('followers-and-following.json')).toBeUndefined();
  });
});
