import { describe, expect, it } from 'vitest';
import { CommunicationsWriteRepo } from '../db/communications-write-repo';
import { migrate } from '../db/migrate';
import { migration012 } from '../db/migrations/012_communications';
import { migration014 } from '../db/migrations/014_ties';
import type { Db } from '../db/sqlite';
import type { ImportRecord } from '../importers/records';
import { addImport } from '../test-support/memory-workspace';
import { fixtureWorld, personRecord, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const me = x('1', 'me_myself');
const dana = x('2', 'dana');
const evan = x('3', 'evan');
const prospect = x('9', 'acme_ceo');

/** Dana, a customer the user writes with every week; Evan, a colleague they wrote to in 2019 and never heard back from. */
const records: ImportRecord[] = [
  personRecord('me', 'Me', 'me', me, 'archive'),
  personRecord('dana@client.com', 'Dana Lee', 'customer', dana),
  personRecord('evan@old.com', 'Evan Ode', 'colleague', evan),
  // Both know the prospect equally: a mutual follow each.
  { type: 'follow', follower: dana, followee: prospect },
  { type: 'follow', follower: prospect, followee: dana },
  { type: 'follow', follower: evan, followee: prospect },
  { type: 'follow', follower: prospect, followee: evan },
];

const personId = (db: Db, key: string) =>
  db.prepare<[string], number>('SELECT id FROM people WHERE source_key = ?').pluck().get(key)!;

/** The user's mail, written as the mail import writes it. */
function addMail(db: Db) {
  // Until 012 and 014 are in the migrations list, tests apply them (a no-op once they are).
  migrate(db, [migration012, migration014]);
  const mail = new CommunicationsWriteRepo(db);
  const source = addImport(db, 'All mail.mbox');
  db.prepare(
    "INSERT INTO own_addresses(channel, address, added_at) VALUES ('email', 'me@mine.com', '2026-01-01')",
  ).run();
  const who = (address: string, name: string, person?: number) => {
    const id = mail.correspondent({ channel: 'email', address, name }).id;
    if (person) db.prepare('UPDATE correspondents SET person_id = ? WHERE id = ?').run(person, id);
    return id;
  };
  const self = who('me@mine.com', 'Me');
  const danaId = who('dana@client.com', 'Dana Lee', personId(db, 'dana@client.com'));
  const evanId = who('evan@old.com', 'Evan Ode', personId(db, 'evan@old.com'));
  const zoe = who('zoe@hub.com', 'Zoe Hub');
  let n = 0;
  const send = (from: number, to: number, sentAt: string, cc: number[] = [], reply = false) => {
    n += 1;
    const { id } = mail.saveMessage(
      {
        channel: 'email',
        messageKey: `m${n}@test`,
        sentAt,
        fromId: from,
        direction: from === self ? 'sent' : 'received',
        inReplyTo: reply ? `m${n - 1}@test` : null,
        referencesCount: reply ? 1 : 0,
        threadKey: null,
        subject: null,
        automated: false,
      },
      source,
    );
    mail.addRecipient(id, to, 'to');
    for (const c of cc) mail.addRecipient(id, c, 'cc');
  };
  // Zoe introduced Dana: her message to the user copied Dana.
  send(zoe, self, '2021-03-02T09:00:00.000Z', [danaId]);
  for (let week = 20; week >= 1; week -= 1) {
    send(self, danaId, daysAgo(week * 7 + 1), [], week < 20);
    send(danaId, self, daysAgo(week * 7), [], true);
  }
  for (let i = 0; i < 10; i += 1) send(self, evanId, `2019-0${1 + (i % 9)}-10T10:00:00.000Z`);
}

async function world() {
  const { api, core } = await fixtureWorld(tempDir, records);
  const target = await api.accounts.find({ ref: '@acme_ceo' });
  return { api, db: core.session.require().db, prospectId: target!.id };
}

describe('ties from the user’s mail feed the paths', () => {
  it('a frequent two-way correspondent outranks a one-way stale one, and a path through the stronger person wins', async () => {
    const { api, db, prospectId } = await world();
    // Without mail the colleague starts stronger than the customer.
    const before = await api.paths.find({ accountId: prospectId });
    expect(before.paths.map((p) => p.start.personName)).toEqual(['Evan Ode', 'Dana Lee']);

    addMail(db);
    const after = await api.paths.find({ accountId: prospectId });
    expect(after.paths.map((p) => p.start.personName)).toEqual(['Dana Lee', 'Evan Ode']);
    const [first, second] = after.paths;
    expect(first!.start.strength).toBeGreaterThan(0.8);
    expect(second!.start.strength).toBeLessThan(0.6);

    const danaTie = await api.people.tie({ personId: personId(db, 'dana@client.com') });
    const evanTie = await api.people.tie({ personId: personId(db, 'evan@old.com') });
    expect(danaTie.score).toBeGreaterThan(evanTie.score);
    expect(danaTie.explanation).toBe('40 e-mails both ways, last 7 days ago; you wrote first in 2026');
    expect(evanTie.explanation).toBe(
      '10 e-mails from you, none back, last in September 2019; you wrote first in 2019',
    );
  });

  it('the user’s own score replaces the computed one, in the paths too, and can be cleared', async () => {
    const { api, db, prospectId } = await world();
    addMail(db);
    const evanId = personId(db, 'evan@old.com');
    const set = await api.people.setTie({
      personId: evanId,
      score: 100,
      why: 'We built the first product together',
    });
    expect(set).toMatchObject({
      score: 100,
      override: { score: 100, why: 'We built the first product together' },
    });
    expect(set.computed).toBeLessThan(60);
    const paths = await api.paths.find({ accountId: prospectId });
    expect(paths.paths[0]!.start).toMatchObject({ personName: 'Evan Ode', strength: 1 });
    const cleared = await api.people.setTie({ personId: evanId, score: null, why: '' });
    expect(cleared.override).toBeNull();
    expect(cleared.score).toBe(cleared.computed);
  });

  it('says who introduced a person, and when the mail does not say', async () => {
    const { api, db } = await world();
    const meId = personId(db, 'me');
    migrate(db, [migration012, migration014]);
    const none = await api.people.tie({ personId: meId });
    expect(none.mailImported).toBe(false);
    expect(none.introducedBy.text).toMatch(/^Unknown/);
    addMail(db);
    const danaTie = await api.people.tie({ personId: personId(db, 'dana@client.com') });
    expect(danaTie.introducedBy.people.map((p) => p.address)).toEqual(['zoe@hub.com']);
    expect(danaTie.introducedBy.text).toBe(
      'Introduced by Zoe Hub <zoe@hub.com>: the first message with them (2021-03-02) came from them.',
    );
    const evanTie = await api.people.tie({ personId: personId(db, 'evan@old.com') });
    expect(evanTie.introducedBy.text).toMatch(/^Nobody, as far as the mail says/);
    expect(evanTie.months).toHaveLength(24);
  });
});
