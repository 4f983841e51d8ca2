import { describe, expect, it } from 'vitest';
import type { Db } from '../db/sqlite';
import type { ImportRecord } from '../importers/records';
import { seedTiesMail } from '../test-support/ties-mail';
import { fixtureWorld, personRecord, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

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

const addMail = (db: Db) => seedTiesMail(db, { frequent: 'dana@client.com', stale: 'evan@old.com' });

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
    expect(first!.explanation).toMatch(
      / Your tie to Dana Lee: 40 e-mails both ways, last 7 days ago; you wrote first in 2026\.$/,
    );

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
