import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const cli = (args: string[]) => runCliProcess(args, tempDir());

describe('demo on the command line', () => {
  it('demo create makes the demo pursuit, whose prospect the other commands then read', async () => {
    const file = join(tempDir(), 'demo.itrack');
    const made = await cli(['demo', 'create', file]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toMatch(/^Created .*demo\.itrack: the demo pursuit, invented people only/);

    const gaps = await cli(['gaps', '--prospect', '@ada_kestrel', '--workspace', file]);
    expect(gaps.stdout).toContain("Your colleague Priya Nand's following list (@priya_nand_rw)");

    const again = await cli(['demo', 'create', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect((await cli(['demo', 'make', file])).code).toBe(2);
    // Three processes, one of them generating 20,000 records, on a shared machine.
  }, 120_000);
});
