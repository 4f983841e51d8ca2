import { describe, expect, it } from 'vitest';
import { openInput } from '../../input';
import type { PostRecord } from '../../records';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { blueskyCarFormat } from './index';
import { confirmedAccount } from '../../../test-support/record-shapes';

// Counts below were established apart from this reader, with a python script of our own: a minimal
// CBOR decoder that walks the MST from the commit's `data` (not by scanning blocks) and tallies $type.
const car = (name: string) => samplePath('bluesky', name);

async function read(name: string) {
  const { of } = await collectRecords(blueskyCarFormat, car(name));
  const posts = of('post');
  const kinds = (kind: PostRecord['kind']) => posts.filter((post) => post.kind === kind).length;
  return { of, posts, kinds, byId: new Map(posts.map((post) => [post.id, post])) };
}

describe('Bluesky CAR: bnewbold.robocracy.org (commit v3, other lexicons)', () => {
  const did = 'did:plc:nhxcyu4ewwhl5pqil4dotqjo';
  const owner = { network: 'bluesky', id: did };

  it('reads posts, reposts, follows and likes; skips other lexicons by type', async () => {
    const { of, kinds } = await read('bnewbold.robocracy.org.20250310005405.car');
    // python MST walk: 23 app.bsky.feed.post (2 with reply, 1 embedding app.bsky.embed.record), 1 repost.
    expect(kinds('post')).toBe(20);
    expect(kinds('reply')).toBe(2);
    expect(kinds('quote')).toBe(1);
    expect(kinds('repost')).toBe(1);
    expect(of('follow')).toHaveLength(3);
    expect(of('like')).toHaveLength(2);
    // 5 com.atproto.lexicon.schema, 1 com.atproto.lexicon.record, 1 blue.linkat.board, 1 net.bnewbold.demo.mushroom.
    const reasons = of('skip').map((skip) => skip.reason);
    expect(reasons).toHaveLength(8);
    expect(
      reasons.filter((reason) => reason === 'record type com.atproto.lexicon.schema is not imported'),
    ).toHaveLength(5);
    expect(reasons).toContain('record type net.bnewbold.demo.mushroom is not imported');
  });

  it('gives the owner a source-info, the profile account and a person', async () => {
    const { of } = await read('bnewbold.robocracy.org.20250310005405.car');
    expect(of('source-info')).toEqual([{ type: 'source-info', owner }]);
    expect(of('account')).toEqual([{ type: 'account', key: owner, name: 'now roaming free', bio: 'yup' }]);
    expect(of('person')).toEqual([
      {
        type: 'person',
        sourceKey: `bluesky:${did}`,
        displayName: 'now roaming free',
        relationship: 'me',
        accounts: [confirmedAccount(owner, 'owner of this Bluesky repository')],
      },
    ]);
  });

  it('keeps reply targets, quotes, facets and likes', async () => {
    const { of, posts, byId } = await read('bnewbold.robocracy.org.20250310005405.car');
    expect(byId.get(`at://${did}/app.bsky.feed.post/3kyozfaqkgc23`)).toMatchObject({
      kind: 'reply',
      author: owner,
      replyToPostId: 'at://did:plc:oio4hkxaop4ao4wz2pp3f4cr/app.bsky.feed.post/3ktbrpnp5x227',
      replyToAccount: { network: 'bluesky', id: 'did:plc:oio4hkxaop4ao4wz2pp3f4cr' },
      createdAt: '2024-08-01T23:47:45.977Z',
    });
    expect(byId.get(`at://${did}/app.bsky.feed.post/3ktbn5b7zkc26`)).toMatchObject({
      kind: 'quote',
      referencedPostId: `at://${did}/app.bsky.feed.post/3kly7jzzyuk2v`,
    });
    // python: 4 #mention features and 2 #link features, no #tag.
    expect(posts.flatMap((post) => post.mentions ?? [])).toHaveLength(4);
    expect(posts.flatMap((post) => post.links ?? [])).toHaveLength(2);
    expect(of('like')).toContainEqual({
      type: 'like',
      account: owner,
      post: {
        network: 'bluesky',
        id: 'at://did:plc:xgs3qrwos3dwxmixoflcxrhu/app.bsky.feed.post/3kly6ksx2kk27',
        author: { network: 'bluesky', id: 'did:plc:xgs3qrwos3dwxmixoflcxrhu' },
      },
      likedAt: '2024-02-22T06:37:17.364Z',
    });
  });

  it('is detected by its header, with the owner from the commit in the first 64 KB', async () => {
    const input = await openInput(car('bnewbold.robocracy.org.20250310005405.car'));
    try {
      expect(await blueskyCarFormat.detect(input)).toMatchObject({ format: 'bluesky-car', owner });
    } finally {
      input.close();
    }
  });
});

describe('Bluesky CAR: the indigo test repositories', () => {
  it('fakermaker: -07:00 dates become UTC; 78 follows', async () => {
    const { of, posts, kinds, byId } = await read('fakermaker.repo.car');
    const did = 'did:plc:dpg45vsnuir2vqqqadsn6afg';
    // python MST walk: 26 posts (23 with reply), 15 reposts, 22 likes, 78 follows, 1 profile.
    expect(posts).toHaveLength(41);
    expect(kinds('reply')).toBe(23);
    expect(kinds('post')).toBe(3);
    expect(kinds('repost')).toBe(15);
    expect(of('like')).toHaveLength(22);
    expect(of('follow')).toHaveLength(78);
    expect(of('skip')).toHaveLength(0);
    // createdAt "2023-04-26T00:09:11-07:00" in the record.
    expect(byId.get(`at://${did}/app.bsky.feed.post/3juazpfj7zj2y`)?.createdAt).toBe(
      '2023-04-26T07:09:11.000Z',
    );
    expect(byId.get(`at://${did}/app.bsky.feed.post/3juazqrx5zc2y`)?.replyToPostId).toBe(
      'at://did:plc:iwoppwwsa6kj27rx56j5hcow/app.bsky.feed.post/3juazqmvdce2y',
    );
  });

  it('greenground: two follows and an owner without a profile', async () => {
    const { of } = await read('greenground.repo.car');
    const owner = { network: 'bluesky', id: 'did:plc:kzcqyc3unb33eh5sxzsfs25z' };
    expect(of('follow')).toEqual([
      {
        type: 'follow',
        follower: owner,
        followee: { network: 'bluesky', id: 'did:plc:6fktaamhhxdqb2ypum33kbkj' },
      },
      expect.objectContaining({ type: 'follow', follower: owner }),
    ]);
    expect(of('account')).toEqual([{ type: 'account', key: owner }]);
    expect(of('person')[0]?.displayName).toBe(owner.id);
  });

  it('paul_staging: reads the current tree, not the history blocks that hold legacy records', async () => {
    const { of, posts, kinds } = await read('paul_staging.repo.car');
    // python MST walk: 101 posts (19 replies, 3 embed.record + 3 recordWithMedia quotes), 15 reposts,
    // 60 likes, 8 follows. Scanning all blocks instead would give 17 follows and 54 app.bsky.feed.vote.
    expect(kinds('post')).toBe(76);
    expect(kinds('reply')).toBe(19);
    expect(kinds('quote')).toBe(6);
    expect(kinds('repost')).toBe(15);
    expect(of('like')).toHaveLength(60);
    expect(of('follow')).toHaveLength(8);
    expect(of('skip')).toHaveLength(0);
    // Legacy `entities` (22 links, 4 mentions) plus 1 link facet and external embeds: 24 links in all.
    expect(posts.flatMap((post) => post.mentions ?? [])).toHaveLength(4);
    expect(posts.flatMap((post) => post.links ?? [])).toHaveLength(24);
    expect(of('account')[0]).toMatchObject({ name: 'Paul', bio: 'Bluesky guy!!!' });
  });
});
