import { describe, expect, it } from 'vitest';
import { headerShape, proposeMapping } from './mapping';

describe('proposeMapping', () => {
  it('maps a plain account list with confidence', () => {
    const header = [
      'id',
      'username',
      'name',
      'description',
      'location',
      'url',
      'followers_count',
      'following_count',
      'tweet_count',
      'created_at',
    ];
    expect(proposeMapping(header)).toEqual({
      kind: 'accounts',
      defaultNetwork: 'x',
      confidence: 1,
      columns: {
        id: 'id',
        handle: 'username',
        name: 'name',
        bio: 'description',
        location: 'location',
        url: 'url',
        followers: 'followers_count',
        following: 'following_count',
        posts: 'tweet_count',
        createdAt: 'created_at',
      },
    });
  });

  it('prefers the account’s own columns in a flattened export (author.id over the post id)', () => {
    const proposal = proposeMapping([
      'id',
      'text',
      'author.id',
      'author.username',
      'author.name',
      'author.public_metrics.followers_count',
    ]);
    expect(proposal.columns).toEqual({
      id: 'author.id',
      handle: 'author.username',
      name: 'author.name',
      followers: 'author.public_metrics.followers_count',
    });
    expect(proposal.kind).toBe('accounts');
  });

  it('recognises follow edges, with less confidence for bare Source/Target', () => {
    expect(
      proposeMapping(['follower_id', 'follower_username', 'followee_id', 'followee_username']),
    ).toMatchObject({
      kind: 'edges',
      confidence: 0.9,
      columns: {
        followerId: 'follower_id',
        followerHandle: 'follower_username',
        followeeId: 'followee_id',
        followeeHandle: 'followee_username',
      },
    });
    expect(proposeMapping(['Source', 'Target', 'Weight'])).toMatchObject({
      kind: 'edges',
      confidence: 0.6,
      columns: { followerHandle: 'Source', followeeHandle: 'Target' },
    });
  });

  it('guesses the network from telling columns', () => {
    expect(proposeMapping(['Account address', 'Show boosts'])).toMatchObject({
      defaultNetwork: 'mastodon',
      columns: { handle: 'Account address' },
    });
    expect(proposeMapping(['did', 'handle', 'displayName']).defaultNetwork).toBe('bluesky');
  });

  it('has no confidence without an id or handle column', () => {
    expect(proposeMapping(['First Name', 'Last Name', 'Company']).confidence).toBe(0);
  });
});

describe('headerShape', () => {
  it('is the same for the same columns in another order or case, and differs otherwise', () => {
    expect(headerShape(['User Name ', 'id', 'Followers'])).toBe('followers|id|user name');
    expect(headerShape(['\uFEFFid', 'followers', 'user  name'])).toBe(
      headerShape(['User Name ', 'id', 'Followers']),
    );
    expect(headerShape(['id', 'followers'])).not.toBe(headerShape(['id', 'following']));
  });
});
