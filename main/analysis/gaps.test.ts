import { describe, expect, it } from 'vitest';
import type { GapsDto } from '../../common/gaps-dto';
import { GUIDE_CHECKED } from './data-guide';
import { analyseGaps, type GapsSnapshot, type PersonAccount } from './gaps';

const now = new Date('2026-12-03T12:00:00Z');
const none = { count: 0, newestImportAt: null };

function snapshot(overrides: Partial<GapsSnapshot> = {}): GapsSnapshot {
  return {
    prospect: {
      accountId: 1,
      network: 'x',
      handle: 'acme_ceo',
      name: 'Ada Acme',
      externalId: '12345',
      followersCount: 3400,
      followingCount: 500,
      postsCount: 9000,
    },
    posts: none,
    likes: none,
    followers: none,
    following: none,
    peopleAccounts: [],
    peopleWithoutAccount: 0,
    ownArchive: none,
    contacts: none,
    mail: null,
    calendar: null,
    ...overrides,
  };
}

const colleague = (over: Partial<PersonAccount> = {}): PersonAccount => ({
  accountId: 7,
  network: 'x',
  handle: 'bobchen',
  name: 'Bob Chen',
  externalId: '777',
  followersCount: 900,
  followingCount: 2300,
  postsCount: null,
  personId: 3,
  personName: 'Bob Chen',
  relationship: 'colleague',
  importedFollowing: 0,
  importedFollowers: 0,
  ...over,
});

const itemOf = (gaps: GapsDto, kind: string) => gaps.items.find((i) => i.kind === kind)!;

describe('gap analysis', () => {
  it('with nothing imported, every kind is missing and each has ways to get it, filled in with the id', () => {
    const gaps = analyseGaps(snapshot(), { now });
    expect(gaps.guideChecked).toBe(GUIDE_CHECKED);
    expect(gaps.prospect.networkId).toBe('12345');
    for (const kind of ['posts', 'likes', 'followers', 'following', 'ownArchive', 'contacts']) {
      expect(itemOf(gaps, kind)).toMatchObject({ status: 'missing', imported: 0 });
      expect(itemOf(gaps, kind).ways.length).toBeGreaterThan(0);
    }
    const followers = itemOf(gaps, 'followers');
    expect(followers.summary).toBe('No followers imported.');
    expect(followers.ways[0]!.commands).toEqual(['twarc2 followers 12345 acme_ceo-followers.jsonl']);
    expect(followers.ways[0]!.fileName).toBe('acme_ceo-followers.jsonl');
    expect(followers.ways[0]!.steps.join(' ')).toContain(
      'Drop acme_ceo-followers.jsonl on the Inside Track window',
    );
    // The whole list is fetched: 3,400 records at $0.01, 4 requests at 15 per 15 minutes.
    expect(followers.ways[0]!.cost).toMatchObject({
      records: 3400,
      dollars: 34,
      pricesChecked: GUIDE_CHECKED,
    });
    expect(followers.ways[0]!.cost!.text).toContain(`as checked on ${GUIDE_CHECKED}`);
    expect(itemOf(gaps, 'posts').ways[0]!.commands).toEqual(['twarc2 timeline 12345 acme_ceo-posts.jsonl']);
    // X returns the newest 3,200 posts only, at half a cent each.
    expect(itemOf(gaps, 'posts').ways[0]!.cost!.text).toMatch(
      /^About \$16\.00 for 3,200 posts at \$0\.005 each/,
    );
    expect(itemOf(gaps, 'likes').ways[0]!.commands).toEqual([
      'twarc2 liked-tweets 12345 acme_ceo-likes.jsonl',
    ]);
    // Mail and calendar tables do not exist in this version: said so, with the files to keep.
    expect(itemOf(gaps, 'mail').summary).toMatch(/cannot import it/);
    expect(itemOf(gaps, 'calendar').ways[0]!.fileName).toMatch(/\.ics/);
    expect(gaps.suggestions.map((s) => s.text)).toEqual([
      "@acme_ceo's followers list would let the app check 3,400 more accounts for a way in.",
      "@acme_ceo's following list would let the app check 500 more accounts for a way in.",
    ]);
  });

  it('partial coverage says how much is there, and the cost is of the whole list', () => {
    const gaps = analyseGaps(
      snapshot({ followers: { count: 1180, newestImportAt: '2026-11-20T00:00:00Z' } }),
      { now },
    );
    const followers = itemOf(gaps, 'followers');
    expect(followers).toMatchObject({ status: 'partial', stale: false, coverage: 1180 / 3400 });
    expect(followers.summary).toBe('1,180 of 3,400 followers imported (35%), newest from 2026-11-20.');
    expect(followers.ways[0]!.cost!.records).toBe(3400);
    expect(gaps.suggestions[0]!.text).toBe(
      "@acme_ceo's followers list would let the app check 2,220 more accounts for a way in.",
    );
  });

  it('a complete, fresh list needs nothing; the same list older than the setting is stale', () => {
    const fresh = { count: 3400, newestImportAt: '2026-11-01T00:00:00Z' };
    const old = { count: 3400, newestImportAt: '2026-06-01T00:00:00Z' };
    const ok = itemOf(analyseGaps(snapshot({ followers: fresh }), { now }), 'followers');
    expect(ok).toMatchObject({ status: 'ok', stale: false, ways: [] });
    const stale = itemOf(analyseGaps(snapshot({ followers: old }), { now }), 'followers');
    expect(stale).toMatchObject({ status: 'ok', stale: true });
    expect(stale.summary).toContain('(older than 90 days)');
    expect(stale.ways[0]!.id).toBe('twarc2-followers');
    const longer = itemOf(
      analyseGaps(snapshot({ followers: old }), { now, staleAfterDays: 365 }),
      'followers',
    );
    expect(longer.stale).toBe(false);
  });

  it('without a numeric id the handle is filled in and the user is told to name the list', () => {
    const gaps = analyseGaps(
      snapshot({ prospect: { ...snapshot().prospect, externalId: 'handle:acme_ceo', followersCount: null } }),
      { now },
    );
    expect(gaps.prospect.networkId).toBeNull();
    const way = itemOf(gaps, 'followers').ways[0]!;
    expect(way.commands).toEqual(['twarc2 followers acme_ceo acme_ceo-followers.jsonl']);
    expect(way.steps.join(' ')).toContain('answer @acme_ceo');
    // No stated count: no estimate to make, and the suggestion says the count is unknown.
    expect(way.cost).toBeUndefined();
    expect(gaps.suggestions.find((s) => s.kind === 'followers')!.text).toContain(
      "profile's count is not known yet",
    );
  });

  it('a Bluesky prospect gets goat and getRepo with the DID; followers are said not to be in a repository', () => {
    const gaps = analyseGaps(
      snapshot({
        prospect: {
          ...snapshot().prospect,
          network: 'bluesky',
          handle: 'ada.example.com',
          externalId: 'did:plc:abc',
        },
      }),
      { now },
    );
    const following = itemOf(gaps, 'following').ways[0]!;
    expect(following.commands[0]).toBe('goat repo export ada.example.com');
    expect(following.commands[1]).toContain('com.atproto.sync.getRepo?did=did:plc:abc');
    expect(itemOf(gaps, 'followers').ways[0]!.title).toMatch(/not in a repository/);
    expect(following.cost).toBeUndefined();
  });

  it("ranks a colleague's following list by what it adds, weighted by relationship", () => {
    const gaps = analyseGaps(
      snapshot({
        followers: { count: 3000, newestImportAt: '2026-11-20T00:00:00Z' },
        following: { count: 500, newestImportAt: '2026-11-20T00:00:00Z' },
        peopleAccounts: [
          colleague(),
          colleague({
            accountId: 8,
            personId: 4,
            personName: 'Fay Friend',
            handle: 'fay',
            relationship: 'friend',
            followingCount: 3000,
            followersCount: 10,
          }),
          colleague({
            accountId: 9,
            personId: 5,
            personName: 'Done Dan',
            handle: 'dan',
            importedFollowing: 2300,
            importedFollowers: 900,
          }),
        ],
        peopleWithoutAccount: 4,
      }),
      { now },
    );
    expect(gaps.suggestions.map((s) => s.text)).toEqual([
      "Your colleague Bob Chen's following list (@bobchen) would let the app check 2,300 more accounts for a way in.",
      "Your friend Fay Friend's following list (@fay) would let the app check 3,000 more accounts for a way in.",
      "Your colleague Bob Chen's followers list (@bobchen) would show 900 more accounts that know them, for warm introductions.",
      "@acme_ceo's followers list would let the app check 400 more accounts for a way in.",
      "Your friend Fay Friend's followers list (@fay) would show 10 more accounts that know them, for warm introductions.",
    ]);
    expect(gaps.suggestions[0]!.ways[0]!.commands).toEqual(['twarc2 following 777 bobchen-following.jsonl']);
    expect(itemOf(gaps, 'network').summary).toBe(
      "1 of 3 of your people's accounts have their following list imported; 4 people have no linked account.",
    );
  });

  it('reads mail and calendar when their tables exist', () => {
    const gaps = analyseGaps(
      snapshot({ mail: { count: 120, newestImportAt: '2026-12-01T00:00:00Z' }, calendar: none }),
      { now },
    );
    expect(itemOf(gaps, 'mail')).toMatchObject({ status: 'ok', imported: 120, ways: [] });
    expect(itemOf(gaps, 'calendar').status).toBe('missing');
    const one = analyseGaps(snapshot({ ownArchive: { count: 1, newestImportAt: null } }), { now });
    expect(itemOf(one, 'ownArchive').summary).toBe('1 archive of your own imported.');
    expect(itemOf(gaps, 'calendar').ways[0]!.steps.join(' ')).toContain('Drop');
  });
});
