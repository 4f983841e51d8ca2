import { describe, expect, it } from 'vitest';
import type { GapsDto } from '../../common/gaps-dto';
import { fixtureWorld, personRecord, xAccount as x } from '../test-support/fixture-world';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const cli = (args: string[]) => runCliProcess(args, tempDir());
const ceo = x('12345', 'acme_ceo');

describe('gaps on the command line', () => {
  it('prints what is missing for the prospect with the filled-in commands, as JSON and as text', async () => {
    const { api, core } = await fixtureWorld(tempDir, [
      { type: 'account', key: ceo, followersCount: 3400 },
      { type: 'follow', follower: x('1', 'f1'), followee: ceo },
      personRecord('bob@example.com', 'Bob Chen', 'colleague', x('777', 'bobchen')),
    ]);
    const file = (await api.workspace.current())!.path;
    core.close();

    const json = await cli(['gaps', '--prospect', '@acme_ceo', '--workspace', file, '--json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const gaps = JSON.parse(json.stdout) as GapsDto;
    expect(gaps.items.find((i) => i.kind === 'followers')!.summary).toMatch(
      /^1 of 3,400 followers imported \(0%\), newest from \d{4}-\d{2}-\d{2}\.$/,
    );

    const text = await cli(['gaps', '--prospect', '@acme_ceo', '--workspace', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('$ twarc2 followers 12345 acme_ceo-followers.jsonl');
    expect(text.stdout).toContain('Cost: About $34.00 for 3,400 follower records');
    expect(text.stdout).toContain("Your colleague Bob Chen's following list (@bobchen)");

    const missing = await cli(['gaps', '--workspace', file]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('--prospect @handle is required');
    // Three CLI processes on a machine shared with other jobs.
  }, 120_000);
});
