import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, hashtag, link, moment, uniqueBy } from '../../../test-support/arbitraries';
import { corrupt, corruption, swapType } from '../../../test-support/corruption';
import {
  expectNamesFile,
  expectOnlyOriginalRecords,
  propertyRuns,
  propertyTimeout,
  propertyWorkspace,
  readOrRefusal,
} from '../../../test-support/import-check';
import { useTempDir } from '../../../test-support/temp-dir';
import type { AccountKey, ImportRecord } from '../../records';
import { repoCar } from './car-fixture';
import { blueskyCarFormat } from './index';

const did = fc.stringMatching(/^[a-z2-7]{24}$/).map((id) => `did:plc:${id}`);
const rkey = fc.stringMatching(/^[a-z2-7]{13}$/);

interface Post {
  rkey: string;
  text: string;
  at: Date;
  lang?: string;
  mentions: string[];
  tags: string[];
  links: string[];
}

interface Repo {
  did: string;
  profile?: { name?: string; bio?: string };
  posts: Post[];
  follows: { rkey: string; did: string; at: Date }[];
  likes: { rkey: string; author: string; post: string; at: Date }[];
}

const repo: fc.Arbitrary<Repo> = fc.record({
  did,
  profile: fc.option(
    fc.record({
      name: fc.option(displayName, { nil: undefined }),
      bio: fc.option(displayName, { nil: undefined }),
    }),
    { nil: undefined },
  ),
  posts: fc
    .array(
      fc.record({
        rkey,
        text: fc.array(displayName, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
        at: moment,
        lang: fc.option(fc.constantFrom('en', 'pt', 'ja'), { nil: undefined }),
        mentions: fc.uniqueArray(did, { maxLength: 3 }),
        tags: fc.uniqueArray(hashtag, { maxLength: 3 }),
        links: fc.uniqueArray(link, { maxLength: 3 }),
      }),
      { maxLength: 5 },
    )
    .map((list) => uniqueBy(list, (p) => p.rkey)),
  follows: fc
    .array(fc.record({ rkey, did, at: moment }), { maxLength: 6 })
    .map((list) => uniqueBy(list, (f) => f.rkey)),
  likes: fc
    .array(fc.record({ rkey, author: did, post: rkey, at: moment }), { maxLength: 4 })
    .map((list) => uniqueBy(list, (l) => l.rkey)),
});

/** The repository's records by `collection/rkey`, as the Bluesky app writes them. */
function records(r: Repo): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  if (r.profile) {
    out['app.bsky.actor.profile/self'] = {
      $type: 'app.bsky.actor.profile',
      ...(r.profile.name !== undefined ? { displayName: r.profile.name } : {}),
      ...(r.profile.bio !== undefined ? { description: r.profile.bio } : {}),
    };
  }
  const facet = (feature: Record<string, unknown>, index: number) => ({
    $type: 'app.bsky.richtext.facet',
    index: { byteStart: index, byteEnd: index + 1 },
    features: [feature],
  });
  for (const p of r.posts) {
    out[`app.bsky.feed.post/${p.rkey}`] = {
      $type: 'app.bsky.feed.post',
      text: p.text,
      createdAt: p.at.toISOString(),
      ...(p.lang ? { langs: [p.lang] } : {}),
      facets: [
        ...p.mentions.map((d, i) => facet({ $type: 'app.bsky.richtext.facet#mention', did: d }, i)),
        ...p.tags.map((tag, i) => facet({ $type: 'app.bsky.richtext.facet#tag', tag }, i)),
        ...p.links.map((uri, i) => facet({ $type: 'app.bsky.richtext.facet#link', uri }, i)),
      ],
    };
  }
  for (const f of r.follows) {
    out[`app.bsky.graph.follow/${f.rkey}`] = {
      $type: 'app.bsky.graph.follow',
      subject: f.did,
      createdAt: f.at.toISOString(),
    };
  }
  for (const l of r.likes) {
    out[`app.bsky.feed.like/${l.rkey}`] = {
      $type: 'app.bsky.feed.like',
      subject: {
        uri: `at://${l.author}/app.bsky.feed.post/${l.post}`,
        cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm',
      },
      createdAt: l.at.toISOString(),
    };
  }
  return out;
}

function expected(r: Repo): ImportRecord[] {
  const owner: AccountKey = { network: 'bluesky', id: r.did };
  return [
    { type: 'source-info', owner },
    {
      type: 'account',
      key: owner,
      ...(r.profile?.name !== undefined ? { name: r.profile.name } : {}),
      ...(r.profile?.bio !== undefined ? { bio: r.profile.bio } : {}),
    },
    ...r.posts.map((p): ImportRecord => ({
      type: 'post',
      network: 'bluesky',
      id: `at://${r.did}/app.bsky.feed.post/${p.rkey}`,
      author: owner,
      text: p.text,
      kind: 'post',
      createdAt: p.at.toISOString(),
      ...(p.lang ? { lang: p.lang } : {}),
      ...(p.mentions.length
        ? { mentions: p.mentions.map((id) => ({ network: 'bluesky' as const, id })) }
        : {}),
      ...(p.tags.length ? { tags: p.tags } : {}),
      ...(p.links.length ? { links: p.links } : {}),
    })),
    ...r.follows.map((f): ImportRecord => ({
      type: 'follow',
      follower: owner,
      followee: { network: 'bluesky', id: f.did },
    })),
    ...r.likes.map((l): ImportRecord => ({
      type: 'like',
      account: owner,
      post: {
        network: 'bluesky',
        id: `at://${l.author}/app.bsky.feed.post/${l.post}`,
        author: { network: 'bluesky', id: l.author },
      },
      likedAt: l.at.toISOString(),
    })),
    {
      type: 'person',
      sourceKey: `bluesky:${r.did}`,
      displayName: r.profile?.name ?? r.did,
      relationship: 'me',
      accounts: [{ key: owner, status: 'confirmed', evidence: 'owner of this Bluesky repository' }],
    },
  ];
}

/** Blocks come in tree order, not in the order written: compare as sets of records. */
const sorted = (list: ImportRecord[]) =>
  [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** Values of the wrong type that DAG-CBOR can still encode. */
const cborWrongValue = fc.constantFrom<unknown>(null, 0, -1, true, '', 'x', [], {}, [null], { uri: 0 });

// Property runs go through real files and workspaces: more time than a unit test, never a timed assertion.
describe('Bluesky repository (CAR): properties', { timeout: propertyTimeout }, () => {
  const tempDir = useTempDir('bluesky-prop-');

  it('random repositories read back as the records written', async () => {
    await fc.assert(
      fc.asyncProperty(repo, async (r) => {
        const path = join(tempDir(), 'repo.car');
        writeFileSync(path, await repoCar(r.did, records(r)));
        const read = await readOrRefusal(blueskyCarFormat, path);
        if ('refusal' in read) throw read.refusal;
        expect(sorted(read.records)).toEqual(sorted(expected(r)));
      }),
      { numRuns: propertyRuns(80) },
    );
  });

  it('a damaged repository is read, or refused naming the file, and a refused import changes nothing', async () => {
    const workspace = propertyWorkspace(tempDir());
    const change = fc.oneof(
      { weight: 3, arbitrary: corruption().map((damage) => ({ damage })) },
      {
        weight: 1,
        arbitrary: fc.record({ node: fc.nat(), value: cborWrongValue }).map((swap) => ({ swap })),
      },
    );
    try {
      await fc.assert(
        fc.asyncProperty(repo, change, async (r, how) => {
          const swapped = 'swap' in how ? swapType(records(r), how.swap) : undefined;
          // A repository is a map of records: swapping the map itself leaves nothing to write.
          fc.pre(!('swap' in how) || (!!swapped && typeof swapped === 'object' && !Array.isArray(swapped)));
          const bytes =
            'damage' in how
              ? corrupt(await repoCar(r.did, records(r)), how.damage)
              : await repoCar(r.did, swapped as Record<string, unknown>);
          const path = join(tempDir(), 'repo.car');
          writeFileSync(path, bytes);
          const read = await readOrRefusal(blueskyCarFormat, path);
          if ('refusal' in read) expectNamesFile(read.refusal, 'repo.car');
          else if ('damage' in how && how.damage.kind === 'truncate') {
            expectOnlyOriginalRecords(read.records, expected(r));
          }
          const refusal = await workspace.importOrUnchanged({ path });
          if (refusal) expectNamesFile(refusal, 'repo.car');
        }),
        { numRuns: propertyRuns(60) },
      );
    } finally {
      workspace.close();
    }
  });
});
