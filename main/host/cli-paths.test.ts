import { describe, expect, it } from 'vitest';
import type { PathsResultDto } from '../../common/dto';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const cli = (args: string[]) => runCliProcess(args, tempDir());

const dana = x('2', 'dana');
const prospect = x('9', 'acme_ceo');
const records: ImportRecord[] = [
  {
    type: 'person',
    sourceKey: 'dana@client',
    displayName: 'Dana Lee',
    relationship: 'customer',
    accounts: [{ key: dana, status: 'confirmed', evidence: 'vCard' }],
  },
  {
    type: 'person',
    sourceKey: 'lone@corp',
    displayName: 'Lone Wolf',
    accounts: [{ key: x('4', 'lone_wolf'), status: 'confirmed', evidence: 'vCard' }],
  },
  {
    type: 'person',
    sourceKey: 'maria@acme',
    displayName: 'Maria Gomez',
    position: 'Operations Director at Acme Logistics',
    relationship: 'partner',
    connectedOn: '2024-02-01',
  },
  { type: 'account', key: prospect, name: 'Acme CEO', bio: 'Founder, Acme Logistics' },
  { type: 'follow', follower: prospect, followee: dana },
];

describe('paths on the command line', () => {
  it('--json lists every person’s best path, the reasons, and the people at the prospect’s organisation', async () => {
    const { api, core } = await fixtureWorld(tempDir, records);
    const file = (await api.workspace.current())!.path;
    core.close();

    const result = await cli(['paths', '--prospect', '@acme_ceo', '--workspace', file, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as PathsResultDto;
    expect(json.paths.map((p) => p.start.personName)).toEqual(['Dana Lee']);
    expect(json.paths[0]!.hops[0]).toMatchObject({ cold: false, direction: { toFollowsFrom: true } });
    expect(json.groups!.map((g) => [g.personName, g.reason])).toEqual([
      ['Dana Lee', null],
      [
        'Lone Wolf',
        'No follows of @lone_wolf are imported, so nothing shows whom they know. Import their follower or following list.',
      ],
    ]);
    expect(json.unlinkedPeople).toBe(1);
    expect(json.organisation).toEqual({ names: ['Acme Logistics'], from: 'bio' });
    expect(json.atOrganisation.map((m) => m.line)).toEqual([
      'Maria Gomez, Operations Director at Acme Logistics (partner, a CSV file, since 2024)',
    ]);

    const text = await cli(['paths', '--prospect', '@acme_ceo', '--workspace', file]);
    expect(text.stdout).toContain('Your people at Acme Logistics:\n  Maria Gomez, Operations Director');
    expect(text.stdout).toContain('Lone Wolf: no path. No follows of @lone_wolf are imported');
  });
});
