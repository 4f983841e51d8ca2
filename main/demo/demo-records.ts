import type { Correspondent } from '../importers/communication-records';
import type { FormatId } from '../importers/format';
import type { MailReadOptions } from '../importers/formats/mail-shared/mail-filter';
import type { AccountKey, AccountRecord, ImportRecord, PostRecord } from '../importers/records';
import { CAST, CITIES, COMPANIES, FIRST_NAMES, LAST_NAMES, POST_OPENERS, ROLES, TOPICS } from './demo-cast';
import { SeededRandom } from './seeded-random';

/** One import of the demo: what a real file of that format would have given. */
export interface DemoImport {
  fileName: string;
  format: FormatId;
  records: ImportRecord[];
  /** A mailbox's import also says which address is the user's. */
  mail?: MailReadOptions;
}

export const DEMO_OWN_ADDRESS = 'robin@routewise.example.com';

const x = (id: string, handle: string): AccountKey => ({ network: 'x', id, handle });
const me = x(CAST.me.id, CAST.me.handle);
const prospect = x(CAST.prospect.id, CAST.prospect.handle);
const POOL = 5600;
const BRIDGES = 40;

interface PoolAccount {
  key: AccountKey;
  record: AccountRecord;
}

/** The invented accounts around the prospect, each with a profile a segment can read. */
function accountPool(random: SeededRandom): PoolAccount[] {
  return Array.from({ length: POOL }, (_, i) => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const key = x(String(820000000000 + i), `${first}${last}_${i}`.toLowerCase());
    const role = random.pick(ROLES);
    const company = random.pick(COMPANIES);
    return {
      key,
      record: {
        type: 'account',
        key,
        name: `${first} ${last}`,
        bio: `${role} at ${company} (demo). ${random.pick(TOPICS).words}, ${random.pick(TOPICS).words}.`,
        location: random.pick(CITIES),
        followersCount: random.reach(),
        followingCount: random.int(50, 2000),
      },
    };
  });
}

const colleagueKey = (i: number) => x(String(810000000010 + i), CAST.colleagues[i]![1]);
const customerKey = (i: number) => x(String(810000000030 + i), CAST.customers[i]![1]);
const partnerKey = (i: number) => x(String(810000000050 + i), CAST.partners[i]![1]);

function peopleAccounts(random: SeededRandom): AccountRecord[] {
  return [
    ...CAST.colleagues.map(([name, , role], i) => ({
      type: 'account' as const,
      key: colleagueKey(i),
      name,
      bio: `${role} at ${CAST.me.company}.`,
      followersCount: random.int(300, 3000),
      followingCount: i === 1 ? 2300 : random.int(300, 900),
    })),
    ...CAST.customers.map(([name, , company, role], i) => ({
      type: 'account' as const,
      key: customerKey(i),
      name,
      bio: `${role} at ${company} (demo).`,
      followersCount: random.int(200, 8000),
      followingCount: random.int(200, 1500),
    })),
    ...CAST.partners.map(([name, , company, role], i) => ({
      type: 'account' as const,
      key: partnerKey(i),
      name,
      bio: `${role} at ${company} (demo).`,
      followersCount: random.int(200, 900),
      followingCount: random.int(200, 900),
    })),
  ];
}

function prospectProfile(observedAt: string): AccountRecord {
  const { handle: _h, id: _i, ...profile } = CAST.prospect;
  return { type: 'account', key: prospect, ...profile, observedAt };
}

const topicText = (random: SeededRandom) => {
  const topic = random.pick(TOPICS);
  return { topic, text: `${random.pick(POST_OPENERS)} ${topic.words}. #${topic.tag}` };
};

/** A time of day the prospect keeps: mornings and late evenings in Rotterdam. */
function postTime(random: SeededRandom, day: number): string {
  const hour = random.chance(0.7) ? random.int(6, 9) : random.int(19, 21);
  const date = new Date(
    Date.UTC(2026, 0, 1) + day * 86_400_000 + hour * 3_600_000 + random.int(0, 59) * 60_000,
  );
  return date.toISOString();
}

function prospectPosts(random: SeededRandom): PostRecord[] {
  const posts: PostRecord[] = [];
  for (let i = 0; i < 320; i++) {
    const { topic, text } = topicText(random);
    const day = Math.floor((i / 320) * 325);
    const mentions: AccountKey[] = [];
    let body = text;
    if (i % 23 === 0) {
      mentions.push(customerKey(0));
      body = `Great session with @${CAST.customers[0][1]} on ${topic.words}. #${topic.tag}`;
    } else if (i % 31 === 0) {
      mentions.push(colleagueKey(0));
      body = `@${CAST.colleagues[0][1]} made a fair point about ${topic.words} yesterday.`;
    }
    posts.push({
      type: 'post',
      network: 'x',
      id: String(830000000000 + i),
      author: prospect,
      createdAt: postTime(random, day),
      text: body,
      // Some replies, reposts and quotes of posts she also liked (the likes import holds them).
      kind: i % 9 === 0 ? 'reply' : i % 13 === 6 ? 'repost' : i % 17 === 5 ? 'quote' : 'post',
      ...(i % 13 === 6 || i % 17 === 5 ? { referencedPostId: String(840000000000 + (i % 180)) } : {}),
      ...(i % 9 === 0 ? { replyToAccount: random.chance(0.5) ? colleagueKey(2) : customerKey(1) } : {}),
      tags: [topic.tag],
      ...(i % 5 === 0 ? { links: [`https://kestrel.example.com/notes/${topic.tag}-${i}`] } : {}),
      ...(mentions.length ? { mentions } : {}),
      likeCount: random.int(0, 400),
      repostCount: random.int(0, 60),
      lang: 'en',
    });
  }
  return posts;
}

function followersImport(
  pool: PoolAccount[],
  from: number,
  to: number,
  capturedAt: string,
  random: SeededRandom,
): ImportRecord[] {
  const records: ImportRecord[] = [
    { type: 'source-info', owner: prospect, capturedAt },
    prospectProfile(capturedAt),
  ];
  for (let i = from; i < to; i++) {
    // A few of the earlier followers left before the later copy: Changes has someone to show.
    if (from > 0 && i < 200 && random.chance(0.4)) continue;
    records.push(pool[i]!.record, { type: 'follow', follower: pool[i]!.key, followee: prospect });
  }
  return records;
}

function followingImport(pool: PoolAccount[], people: AccountRecord[]): ImportRecord[] {
  const followed = [
    ...pool.slice(0, BRIDGES).map((a) => a.record),
    ...pool.slice(3000, 3600).map((a) => a.record),
    ...people.filter((a) =>
      ['bob_chen_rw', 'tomas_ferro_rw', 'hugo_bluefin', 'oskar_granite', 'ines_kestrel'].includes(
        a.key.handle!,
      ),
    ),
  ];
  return [
    { type: 'source-info', owner: prospect, capturedAt: '2026-11-24T09:00:00.000Z' },
    prospectProfile('2026-11-24T09:00:00.000Z'),
    ...followed.flatMap((account): ImportRecord[] => [
      account,
      { type: 'follow', follower: prospect, followee: account.key },
    ]),
  ];
}

function likesImport(random: SeededRandom, pool: PoolAccount[]): ImportRecord[] {
  const authors = [customerKey(1), customerKey(2), colleagueKey(0), ...pool.slice(0, 12).map((a) => a.key)];
  return [
    { type: 'source-info', owner: prospect, capturedAt: '2026-11-24T09:00:00.000Z' },
    ...Array.from({ length: 180 }, (_, i): ImportRecord => {
      const { text } = topicText(random);
      return {
        type: 'like',
        account: prospect,
        post: {
          network: 'x',
          id: String(840000000000 + i),
          text,
          author: authors[i % authors.length]!,
          createdAt: postTime(random, 10 + i),
        },
      };
    }),
  ];
}

function ownArchive(random: SeededRandom, pool: PoolAccount[], people: AccountRecord[]): ImportRecord[] {
  const followed = [
    ...people,
    ...pool.slice(BRIDGES / 2, BRIDGES).map((a) => a.record),
    ...pool.slice(4000, 4300).map((a) => a.record),
  ];
  return [
    { type: 'source-info', owner: me, capturedAt: '2026-11-02T18:00:00.000Z' },
    {
      type: 'account',
      key: me,
      name: CAST.me.name,
      bio: `Partnerships at ${CAST.me.company}. Invented for the demo.`,
      followersCount: 640,
      followingCount: followed.length,
      location: 'Antwerp, Belgium',
    },
    {
      type: 'person',
      sourceKey: `x:${CAST.me.id}`,
      displayName: CAST.me.name,
      relationship: 'me',
      accounts: [{ key: me, status: 'confirmed', evidence: 'the archive is yours' }],
    },
    ...followed.flatMap((account): ImportRecord[] => [
      account,
      { type: 'follow', follower: me, followee: account.key },
    ]),
    ...Array.from({ length: 120 }, (_, i): ImportRecord => ({
      type: 'post',
      network: 'x',
      id: String(850000000000 + i),
      author: me,
      createdAt: postTime(random, i * 2),
      text: `${topicText(random).text} (from Robin's invented timeline)`,
      kind: 'post',
    })),
    { type: 'like', account: me, post: { network: 'x', id: '830000000023', author: prospect } },
  ];
}

function contactsImport(): ImportRecord[] {
  const linked = (key: AccountKey) => [
    { key, status: 'confirmed' as const, evidence: 'the contacts file gives their X handle' },
  ];
  return [
    { type: 'source-info', capturedAt: '2026-11-05T12:00:00.000Z' },
    ...CAST.colleagues.map(([name, , role], i): ImportRecord => ({
      type: 'person',
      sourceKey: `${CAST.colleagues[i]![1]}@routewise.example.com`,
      displayName: name,
      company: CAST.me.company,
      position: role,
      email: `${CAST.colleagues[i]![1]}@routewise.example.com`,
      relationship: 'colleague',
      accounts: linked(colleagueKey(i)),
    })),
    ...CAST.customers.map(([name, handle, company, role], i): ImportRecord => ({
      type: 'person',
      sourceKey: `${handle}@customer.example.org`,
      displayName: name,
      company: `${company} (demo)`,
      position: role,
      email: `${handle}@customer.example.org`,
      relationship: 'customer',
      connectedOn: `202${1 + (i % 4)}-0${1 + (i % 8)}-15`,
      accounts: linked(customerKey(i)),
    })),
    ...CAST.partners.map(([name, handle, company, role], i): ImportRecord => ({
      type: 'person',
      sourceKey: `${handle}@partner.example.org`,
      displayName: name,
      company,
      position: role,
      email: `${handle}@partner.example.org`,
      relationship: 'partner',
      accounts: linked(partnerKey(i)),
    })),
  ];
}

function colleagueFollowing(pool: PoolAccount[]): ImportRecord[] {
  const bob = colleagueKey(0);
  const followed = [
    ...pool.slice(0, BRIDGES / 2).map((a) => a.record),
    ...pool.slice(4600, 5000).map((a) => a.record),
  ];
  return [
    { type: 'source-info', owner: bob, capturedAt: '2026-11-10T08:00:00.000Z' },
    ...followed.flatMap((account): ImportRecord[] => [
      account,
      { type: 'follow', follower: bob, followee: account.key },
    ]),
  ];
}

const email = (address: string, name: string): Correspondent => ({
  channel: 'email',
  address,
  matchKey: `e:${address}`,
  name,
});
const robin = email(DEMO_OWN_ADDRESS, CAST.me.name);
const colleagueEmail = (i: number) =>
  email(`${CAST.colleagues[i]![1]}@routewise.example.com`, CAST.colleagues[i]![0]);
const customerEmail = (i: number) =>
  email(`${CAST.customers[i]![1]}@customer.example.org`, CAST.customers[i]![0]);

/** Headers only, as a mailbox import keeps them: who wrote to whom, and when. No subject, no text. */
function mailbox(random: SeededRandom): ImportRecord[] {
  const people = [
    customerEmail(0),
    customerEmail(0),
    customerEmail(1),
    customerEmail(2),
    colleagueEmail(0),
    colleagueEmail(2),
  ];
  const messages = Array.from({ length: 60 }, (_, i): ImportRecord => {
    const other = people[i % people.length]!;
    const sent = i % 3 !== 0;
    return {
      type: 'message',
      channel: 'email',
      messageKey: `demo-${i}@routewise.example.com`,
      sentAt: postTime(random, 120 + i * 3),
      from: sent ? robin : other,
      to: [sent ? other : robin],
      cc: [],
      direction: sent ? 'sent' : 'received',
      referencesCount: i % 4,
      automated: false,
    };
  });
  return [{ type: 'source-info', capturedAt: '2026-11-28T17:00:00.000Z' }, ...messages];
}

function calendar(random: SeededRandom): ImportRecord[] {
  const capture: ImportRecord = { type: 'source-info', capturedAt: '2026-11-28T17:05:00.000Z' };
  const meetings = Array.from({ length: 12 }, (_, i): ImportRecord => ({
    type: 'meeting',
    uid: `demo-meeting-${i}@routewise.example.com`,
    startsAt: postTime(random, 150 + i * 14),
    allDay: false,
    organizer: robin,
    status: 'confirmed',
    attendees: [
      { who: robin, partstat: 'accepted' },
      { who: i % 2 ? customerEmail(0) : customerEmail(i % CAST.customers.length), partstat: 'accepted' },
    ],
  }));
  return [capture, ...meetings];
}

/** Every import of the demo pursuit, in the order a user would have made them. Same seed, same records. */
export function demoImports(seed: number): DemoImport[] {
  const random = new SeededRandom(seed);
  const pool = accountPool(random);
  const people = peopleAccounts(random);
  const handle = CAST.prospect.handle;
  return [
    {
      fileName: 'demo-twitter-2026-11-02-robin_castell.zip',
      format: 'x-archive',
      records: ownArchive(random, pool, people),
    },
    { fileName: 'demo-contacts.csv', format: 'google-csv', records: [...people, ...contactsImport()] },
    {
      fileName: `demo-${handle}-followers-2026-08-20.jsonl`,
      format: 'twarc2',
      records: followersImport(pool, 0, 4700, '2026-08-20T07:00:00.000Z', random),
    },
    {
      fileName: `demo-${handle}-followers-2026-11-24.jsonl`,
      format: 'twarc2',
      records: followersImport(pool, 100, 4960, '2026-11-24T07:00:00.000Z', random),
    },
    { fileName: `demo-${handle}-following.jsonl`, format: 'twarc2', records: followingImport(pool, people) },
    {
      fileName: `demo-${handle}-timeline.jsonl`,
      format: 'twarc2',
      records: [
        { type: 'source-info', owner: prospect, capturedAt: '2026-11-24T09:00:00.000Z' },
        prospectProfile('2026-11-24T09:00:00.000Z'),
        ...prospectPosts(random),
      ],
    },
    { fileName: `demo-${handle}-likes.jsonl`, format: 'twarc2', records: likesImport(random, pool) },
    {
      fileName: `demo-${CAST.colleagues[0][1]}-following.jsonl`,
      format: 'twarc2',
      records: colleagueFollowing(pool),
    },
    {
      fileName: 'demo-robin-mail.mbox',
      format: 'mbox',
      records: mailbox(random),
      mail: { ownAddresses: [DEMO_OWN_ADDRESS] },
    },
    { fileName: 'demo-robin-calendar.ics', format: 'ics', records: calendar(random) },
  ];
}
