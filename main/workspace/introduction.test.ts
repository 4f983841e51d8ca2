import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, importRecords, personRecord, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const me = x('1', 'sam');
const dana = x('2', 'dana');
const bo = x('3', 'bo');
const prospect = x('9', 'acme_ceo');

const people: ImportRecord[] = [
  personRecord('me', 'Sam Seller', 'me', me, 'archive'),
  personRecord('dana@client', 'Dana Lee', 'customer', dana, 'vCard'),
  { type: 'account', key: prospect, name: 'Pat Acme' },
  { type: 'follow', follower: me, followee: bo },
  { type: 'follow', follower: bo, followee: prospect },
];

async function world() {
  const { api, core } = await fixtureWorld(tempDir, people);
  // The prospect's following list, imported on its own: the draft names the file.
  await importRecords(
    core,
    tempDir,
    [{ type: 'follow', follower: prospect, followee: dana }],
    'acme_ceo-following.json',
  );
  const prospectId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;
  const workspace = core.session.require();
  return { api, workspace, prospectId };
}

describe('intro.draft', () => {
  it('the bandwagon e-mail uses what the user keeps about the customer, and names the import of the follow', async () => {
    const { api, workspace, prospectId } = await world();
    const personId = (await api.intro.draft({ accountId: prospectId })).path.start.personId;
    workspace.personFacts.update(personId, {
      customerSince: '2021-03-12',
      did: 'cut their fuel costs',
      says: 'Worth it',
    });

    const { path, drafts } = await api.intro.draft({ accountId: prospectId, pathIndex: 0 });
    expect(path.start.personName).toBe('Dana Lee');
    const bandwagon = drafts.find((d) => d.kind === 'bandwagon')!;
    expect(bandwagon.body).toContain(
      'Dana Lee, whom you follow on X, has worked with us since 2021. We cut their fuel costs. In their words: “Worth it”.',
    );
    expect(bandwagon.body.endsWith('Best,\nSam Seller')).toBe(true);
    expect(bandwagon.facts).toContainEqual({
      text: '@acme_ceo follows @dana',
      source: 'Follow record, imported from acme_ceo-following.json',
      record: { kind: 'follow', followerId: prospectId, followeeId: path.start.account.id },
    });
    expect(bandwagon.placeholders).not.toContain('[what you did for them]');
  });

  it('without facts, placeholders; --via picks the path through an account', async () => {
    const { api, prospectId } = await world();
    const { drafts } = await api.intro.draft({ accountId: prospectId });
    expect(drafts.find((d) => d.kind === 'bandwagon')!.placeholders).toContain('[what you did for them]');

    const boId = (await api.accounts.find({ ref: '@bo' }))!.id;
    const viaBo = await api.intro.draft({ accountId: prospectId, viaAccountId: boId });
    expect(viaBo.path.hops.map((h) => h.to.handle)).toEqual(['bo', 'acme_ceo']);
    expect(viaBo.drafts.map((d) => d.kind)).toEqual(['ask-bridge', 'forwardable']);

    // The prospect is where paths end, never a way in.
    await expect(api.intro.draft({ accountId: prospectId, viaAccountId: prospectId })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'None of the 20 best referral paths to @acme_ceo goes through @acme_ceo.',
    });
  });
});
