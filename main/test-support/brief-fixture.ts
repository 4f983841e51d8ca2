import { execFileSync } from 'node:child_process';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, importRecords, xAccount as x } from './fixture-world';

/** A prospect with every kind of data a brief shows, built through the real importer (tests only). */
export const me = x('1', 'me_myself');
export const dana = x('2', 'dana_lee');
export const bridge = x('3', 'bridge_bob');
export const prospect = x('9', 'acme_ceo');
export const vendor = x('50', 'robo_vendor');
export const oldFollowee = x('51', 'old_friend');
export const newFollowee = x('52', 'new_friend');
const crowd = x('60', 'crowd');

let nextPost = 1000;
const post = (text: string, extra: Partial<Extract<ImportRecord, { type: 'post' }>> = {}): ImportRecord => ({
  type: 'post',
  network: 'x',
  id: String((nextPost += 1)),
  author: prospect,
  text,
  kind: 'post',
  createdAt: '2026-03-02T08:30:00.000Z',
  ...extra,
});

const followerLocations = [
  ...Array<string>(10).fill('London, UK'),
  ...Array<string>(3).fill('london, uk '),
  ...Array<string>(6).fill('Paris'),
  ...Array<string>(4).fill('Berlin 🇩🇪'),
];

export function worldRecords(): ImportRecord[] {
  const followers = Array.from({ length: 30 }, (_, i) => x(String(100 + i), `fan_${i}`));
  return [
    {
      type: 'person',
      sourceKey: 'me',
      displayName: 'Morgan Reyes',
      relationship: 'me',
      accounts: [{ key: me, status: 'confirmed', evidence: 'archive' }],
    },
    {
      type: 'person',
      sourceKey: 'dana@corp.example',
      displayName: 'Dana Lee',
      relationship: 'colleague',
      accounts: [{ key: dana, status: 'confirmed', evidence: 'vCard' }],
    },
    {
      type: 'account',
      key: prospect,
      name: 'Avery Quinton',
      bio: 'CEO at Acme Logistics. Blog: https://acme.example/blog',
      location: 'Lyon, France',
      url: 'https://acme.example',
      followersCount: 1200,
      followingCount: 120,
      postsCount: 500,
    },
    { type: 'account', key: bridge, name: 'Bob Bridges', followersCount: 900 },
    { type: 'account', key: dana, name: 'Dana Lee', followersCount: 300 },
    {
      type: 'account',
      key: vendor,
      name: 'Robo Systems',
      bio: 'Warehouse software for robots',
      followersCount: 5000,
    },
    ...followers.map((key, i): ImportRecord => ({
      type: 'account',
      key,
      name: `Fan ${i}`,
      followersCount: i * 10,
      ...(followerLocations[i] ? { location: followerLocations[i] } : {}),
    })),
    ...followers.map((key): ImportRecord => ({ type: 'follow', follower: key, followee: prospect })),
    { type: 'follow', follower: dana, followee: prospect },
    { type: 'follow', follower: prospect, followee: dana },
    { type: 'follow', follower: me, followee: bridge },
    { type: 'follow', follower: bridge, followee: prospect },
    { type: 'follow', follower: prospect, followee: vendor },
    post('Warehouse robots are the future of logistics https://robots.example/a', {
      tags: ['logistics'],
      links: ['https://robots.example/a'],
      likeCount: 40,
      repostCount: 5,
    }),
    post('Visited a warehouse full of robots with the logistics team in Paris', {
      tags: ['logistics', 'robots'],
      createdAt: '2026-02-09T08:10:00.000Z',
      likeCount: 10,
      repostCount: 1,
    }),
    post('@dana_lee thanks Dana Lee, see you at the warehouse robots expo', {
      kind: 'reply',
      replyToAccount: dana,
      mentions: [dana],
      createdAt: '2026-01-12T16:00:00.000Z',
      likeCount: 1,
      repostCount: 0,
    }),
    post('Our warehouse robots pilot with @bridge_bob went live today #logistics', {
      tags: ['logistics'],
      mentions: [bridge],
      createdAt: '2026-03-16T08:45:00.000Z',
      likeCount: 22,
      repostCount: 3,
    }),
    ...Array.from({ length: 20 }, (_, i): ImportRecord => ({
      type: 'post',
      network: 'x',
      id: String(5000 + i),
      author: crowd,
      text: `logistics update number ${i}`,
      kind: 'post',
      createdAt: '2026-02-01T12:00:00.000Z',
    })),
    {
      type: 'like',
      account: prospect,
      post: { network: 'x', id: '5000', text: 'logistics update number 0' },
      likedAt: '2026-02-02T10:00:00.000Z',
    },
  ];
}

/** Two imports of the prospect's following list, two months apart. */
function followingList(capturedAt: string, followees: (typeof vendor)[]): ImportRecord[] {
  return [
    { type: 'source-info', capturedAt },
    ...followees.map((followee): ImportRecord => ({ type: 'follow', follower: prospect, followee })),
  ];
}

export const NOTES = `# Meeting plan

Ask **Dana Lee** for the introduction: Dana met Avery at the *robotics expo*.

## Questions
- Budget for the \`pilot\`
- Read [their blog](https://acme.example/blog)
`;

export async function briefWorld(dir: () => string) {
  const world = await fixtureWorld(dir, worldRecords());
  await importRecords(
    world.core,
    dir,
    followingList('2026-01-01T00:00:00.000Z', [dana, vendor, oldFollowee]),
    'following-jan.txt',
  );
  await importRecords(
    world.core,
    dir,
    followingList('2026-03-01T00:00:00.000Z', [dana, vendor, newFollowee]),
    'following-mar.txt',
  );
  const account = (handle: string) => world.core.session.require().accounts.find(handle)!.id;
  const prospectId = account('@acme_ceo');
  await world.api.notes.save({ accountId: prospectId, body: NOTES });
  const personId = (name: string) =>
    Number(
      world.core.session
        .require()
        .db.prepare('SELECT id FROM people WHERE display_name = ?')
        .pluck()
        .get(name),
    );
  return { ...world, prospectId, account, personId };
}

/** The text a reader can select, whitespace flattened so wrapped lines still match. */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}
