import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const cli = (args: string[]) => runCliProcess(args, tempDir());

const dana = x('2', 'dana');
const bo = x('3', 'bo');
const prospect = x('9', 'acme_ceo');
const records: ImportRecord[] = [
  {
    type: 'person',
    sourceKey: 'me',
    displayName: 'Sam Seller',
    relationship: 'me',
    accounts: [{ key: x('1', 'sam'), status: 'confirmed', evidence: 'archive' }],
  },
  {
    type: 'person',
    sourceKey: 'dana@client',
    displayName: 'Dana Lee',
    relationship: 'customer',
    accounts: [{ key: dana, status: 'confirmed', evidence: 'vCard' }],
  },
  { type: 'follow', follower: prospect, followee: dana },
  { type: 'follow', follower: x('1', 'sam'), followee: bo },
  { type: 'follow', follower: bo, followee: prospect },
];

describe('intro on the command line', () => {
  it('prints the drafts for the best path with every fact and its source', async () => {
    const { api, core } = await fixtureWorld(tempDir, records);
    const file = (await api.workspace.current())!.path;
    const personId = (await api.people.links({ status: 'confirmed' })).find(
      (l) => l.handle === 'dana',
    )!.personId;
    core.session.require().personFacts.update(personId, { did: 'cut their fuel costs' });
    core.close();

    const best = await cli(['intro', '--prospect', '@acme_ceo', '--workspace', file, '--json']);
    expect(best).toMatchObject({ code: 0, stderr: '' });
    const { drafts } = JSON.parse(best.stdout) as {
      drafts: {
        kind: string;
        to: string;
        subject: string;
        body: string;
        facts: { text: string; source: string }[];
      }[];
    };
    expect(drafts.map((d) => d.kind)).toEqual(['bandwagon', 'ask-to-write', 'their-note']);
    expect(drafts[0]).toMatchObject({ to: '@acme_ceo', subject: 'A note about Dana Lee' });
    expect(drafts[0]!.body).toContain(
      'Dana Lee, whom you follow on X, has worked with us since [since when]. We cut their fuel costs.',
    );
    expect(drafts[0]!.facts).toContainEqual({
      text: 'Dana Lee, what we did for them: cut their fuel costs',
      source: 'Dana Lee in People, “what we did for them”',
    });
    expect(drafts[0]!.facts).toContainEqual({
      text: '@acme_ceo follows @dana',
      source: 'Follow record, imported from fixture.txt',
    });

    const via = await cli(['intro', '--prospect', '@acme_ceo', '--via', '@bo', '--workspace', file]);
    expect(via.code).toBe(0);
    expect(via.stdout).toContain('── ask-bridge: from You to @bo');
    expect(via.stdout).toContain('── forwardable: from @bo to @acme_ceo');

    const both = await cli([
      'intro',
      '--prospect',
      '@acme_ceo',
      '--via',
      '@bo',
      '--path',
      '2',
      '--workspace',
      file,
    ]);
    expect(both.code).toBe(2);
    const missing = await cli(['intro', '--prospect', '@acme_ceo', '--path', '9', '--workspace', file]);
    expect(missing).toMatchObject({
      code: 1,
      stderr: 'inside-track: There is no referral path #9 to @acme_ceo.\n',
    });
  }, 120_000); // four CLI processes, each compiling its TypeScript
});
