import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../test-support/cli-in-process';
import { fixtureWorld, personRecord, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

async function workspace(withMe: boolean): Promise<string> {
  const { api, core } = await fixtureWorld(tempDir, [
    ...(withMe ? [personRecord('me', 'Bob Stone', 'me', x('1', 'bobstone'), 'archive')] : []),
    personRecord('dana@client.com', 'Dana Lee', 'friend', x('2', 'dana')),
  ]);
  const file = (await api.workspace.current())!.path;
  core.close();
  return file;
}

describe('relationships export on the command line', () => {
  it('writes the file a colleague imports, and says what it holds', async () => {
    const file = await workspace(true);
    const out = join(tempDir(), 'bob.itrel.json');
    const run = await runCliInProcess(['relationships', 'export', '--out', out, '--workspace', file]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      `Wrote 1 person to ${out}. It holds names, addresses, handles and ties, no mail: share it only with people you trust.`,
    );
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      format: 'inside-track-relationships',
      exportedBy: { name: 'Bob Stone', handles: [{ network: 'x', handle: 'bobstone' }] },
      people: [{ name: 'Dana Lee', handles: [{ network: 'x', handle: 'dana' }], tie: 85 }],
    });
  });

  it('refuses without --out, and a workspace that does not say who you are', async () => {
    const file = await workspace(false);
    expect((await runCliInProcess(['relationships', 'export', '--workspace', file])).code).toBe(2);
    const run = await runCliInProcess([
      'relationships',
      'export',
      '--out',
      join(tempDir(), 'x.json'),
      '--workspace',
      file,
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/does not say who you are/);
  });
});
