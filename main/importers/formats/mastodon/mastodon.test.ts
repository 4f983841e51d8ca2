import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../records';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { mastodonFormat } from './index';
import { detectAt } from '../../../test-support/test-files';
import { confirmedAccount } from '../../../test-support/record-shapes';

const goijaActor = 'https://mastodon.social/ap/users/116840387061670746';
const goijaStatus = (id: string) => `${goijaActor}/statuses/${id}`;

describe('Mastodon archive: goija-2026 (outbox.json, bookmarks.json, no actor.json)', () => {
  it('reads every outbox item as a post, reply, quote or boost', async () => {
    const { of } = await collectRecords(mastodonFormat, samplePath('mastodon', 'goija-2026'));
    const posts = of('post');
    const kinds = (kind: PostRecord['kind']) => posts.filter((post) => post.kind === kind).length;
    // python json: 292 Create + 13 Announce; 228 Notes with inReplyTo; 2 with `quote` (neither a reply).
    expect(posts).toHaveLength(305);
    expect(kinds('reply')).toBe(228);
    expect(kinds('quote')).toBe(2);
    expect(kinds('repost')).toBe(13);
    expect(kinds('post')).toBe(62);
    // python: Mention tags (unique href per post) 269, Hashtag tags 21, plain <a> links 87 in 67 posts.
    expect(posts.flatMap((post) => post.mentions ?? [])).toHaveLength(269);
    expect(posts.flatMap((post) => post.tags ?? [])).toHaveLength(21);
    expect(posts.flatMap((post) => post.links ?? [])).toHaveLength(87);
    expect(posts.filter((post) => post.links?.length)).toHaveLength(67);
    expect(of('skip')).toHaveLength(0);
    // totalItems 305 matches the 305 items: no warning.
    expect(of('warning')).toHaveLength(0);
  });

  it('derives the owner from the outbox actor and a post URL, since there is no actor.json', async () => {
    const { of } = await collectRecords(mastodonFormat, samplePath('mastodon', 'goija-2026'));
    const owner = { network: 'mastodon', id: goijaActor, handle: 'darkpatern@mastodon.social' };
    expect(of('source-info')).toEqual([{ type: 'source-info', owner }]);
    expect(of('account')).toEqual([{ type: 'account', key: owner }]);
    expect(of('person')).toEqual([
      {
        type: 'person',
        sourceKey: `mastodon:${goijaActor}`,
        displayName: 'darkpatern@mastodon.social',
        relationship: 'me',
        accounts: [confirmedAccount(owner, 'owner of this Mastodon archive')],
      },
    ]);
    expect(of('post').every((post) => post.author?.handle === 'darkpatern@mastodon.social')).toBe(true);
  });

  it('keeps replies, hashtags, mentions, boosts and quotes as the file says', async () => {
    const { of } = await collectRecords(mastodonFormat, samplePath('mastodon', 'goija-2026'));
    const byId = new Map(of('post').map((post) => [post.id, post]));
    const reply = byId.get(goijaStatus('116840648568742867'));
    expect(reply).toMatchObject({
      kind: 'reply',
      replyToPostId: goijaStatus('116840646326358788'),
      replyToAccount: { id: goijaActor, handle: 'darkpatern@mastodon.social' },
      createdAt: '2026-06-30T19:13:30.000Z',
      lang: 'nl',
    });
    expect(byId.get(goijaStatus('116840651241993297'))?.tags).toEqual([
      'integriteit',
      'governance',
      'overheid',
      'publiekezaak',
      'transparantie',
      'digitaleweerbaarheid',
      'gir',
      'rechtsstaat',
    ]);
    // A local mention is written "@Electrospaces": its address gets the href's server.
    expect(byId.get(goijaStatus('116843940174189609'))?.mentions).toContainEqual({
      network: 'mastodon',
      id: 'https://mastodon.social/users/Electrospaces',
      handle: 'Electrospaces@mastodon.social',
    });
    expect(byId.get(`${goijaStatus('116843785538691459')}/activity`)).toMatchObject({
      kind: 'repost',
      text: '',
      referencedPostId: 'https://mastodon.nl/users/JeanMarcvanTol/statuses/116823831810778643',
      createdAt: '2026-07-01T08:31:16.000Z',
    });
    const quote = byId.get(goijaStatus('116840646326358788'));
    expect(quote).toMatchObject({
      kind: 'quote',
      referencedPostId: 'https://mastodon.nl/ap/users/116404991435260606/statuses/116560803301032168',
    });
    // The "RE: <link>" fallback paragraph is neither text nor a link of the quote.
    expect(quote?.text).not.toContain('RE:');
    expect(quote?.links).not.toContain('https://mastodon.nl/@ee/116560803301032168');
  });

  it('detects the folder and the lone outbox, with the owner from the first bytes', async () => {
    const folder = await detectAt(mastodonFormat, samplePath('mastodon', 'goija-2026'));
    expect(folder).toMatchObject({
      format: 'mastodon',
      owner: { id: goijaActor, handle: 'darkpatern@mastodon.social' },
      estimatedRecords: 305,
    });
    expect(await detectAt(mastodonFormat, samplePath('mastodon', 'goija-2026', 'outbox.json'))).toMatchObject(
      {
        format: 'mastodon',
        label: 'Mastodon outbox file',
      },
    );
  });
});

describe('Mastodon archive: dealingwith-2024 (actor.json, likes.json, bookmarks.json)', () => {
  it('reads the owner from actor.json and every like', async () => {
    const { of } = await collectRecords(mastodonFormat, samplePath('mastodon', 'dealingwith-2024'));
    const owner = {
      network: 'mastodon',
      id: 'https://indieweb.social/users/dealingwith',
      handle: 'dealingwith@indieweb.social',
    };
    expect(of('source-info')).toEqual([{ type: 'source-info', owner }]);
    expect(of('account')).toEqual([
      {
        type: 'account',
        key: owner,
        name: 'dealingwith',
        // summary HTML, then the profile field "Web".
        bio: 'ennui. far too much more info at link below\n\nWeb: https://daniel.industries',
        url: 'https://indieweb.social/@dealingwith',
        createdAt: '2022-11-07T00:00:00.000Z',
      },
    ]);
    expect(of('person')[0]).toMatchObject({
      sourceKey: 'mastodon:https://indieweb.social/users/dealingwith',
    });
    // python: len(json.load(likes.json)['orderedItems']) == 1115 (the file has no totalItems).
    const likes = of('like');
    expect(likes).toHaveLength(1115);
    expect(likes[0]).toEqual({
      type: 'like',
      account: owner,
      post: {
        network: 'mastodon',
        id: 'https://mastodon.social/users/robotspacer/statuses/100532741303956178',
      },
    });
    // python: 865 bookmarks, each skipped with one counted reason.
    expect(of('skip')).toHaveLength(865);
    expect(new Set(of('skip').map((skip) => skip.reason)).size).toBe(1);
    expect(of('post')).toHaveLength(0);
  });

  it('takes the relationship of the owner from the options', async () => {
    const { of } = await collectRecords(mastodonFormat, samplePath('mastodon', 'dealingwith-2024'), {
      relationship: 'colleague',
    });
    expect(of('person')[0]?.relationship).toBe('colleague');
  });
});

describe('Mastodon archive: hikurry-2022 (likes.json and bookmarks.json only)', () => {
  it('cannot tell whose likes they are without an owner, and says so per like', async () => {
    const { of } = await collectRecords(mastodonFormat, samplePath('mastodon', 'hikurry-2022'));
    expect(of('like')).toHaveLength(0);
    // python: 498 likes + 149 bookmarks, all skipped.
    expect(of('skip').filter((skip) => skip.reason.startsWith('like with no known owner'))).toHaveLength(498);
    expect(of('skip').filter((skip) => skip.reason.startsWith('bookmark'))).toHaveLength(149);
    // So the import asks whose likes they are (the app asks in the review card, the CLI wants --of).
    expect(await detectAt(mastodonFormat, samplePath('mastodon', 'hikurry-2022'))).toMatchObject({
      estimatedRecords: 498 + 149,
      needs: { listOwner: { list: 'likes' } },
    });
  });

  it('reads the likes for the owner the user names', async () => {
    const owner = { network: 'mastodon' as const, handle: 'hikurry@example.social' };
    const { of } = await collectRecords(mastodonFormat, samplePath('mastodon', 'hikurry-2022'), {
      listOwner: owner,
    });
    expect(of('source-info')).toEqual([{ type: 'source-info', owner }]);
    expect(of('like')).toHaveLength(498);
    expect(of('like')[0]?.post.id).toBe('https://pullopen.xyz/users/guanzhi/statuses/106900665340254323');
  });
});
