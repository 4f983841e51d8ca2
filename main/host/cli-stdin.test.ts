import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefWorld } from '../test-support/brief-fixture';
import { useTempDir } from '../test-support/temp-dir';
import { projectRoot } from './project-root';

const tempDir = useTempDir();

/** The CLI in its own process, as a shell pipeline runs it: `input` arrives on standard input. */
function cliWithInput(args: string[], input: string, dataDir: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'main/host/cli-main.ts'), ...args],
      { cwd: projectRoot, env: { ...process.env, INSIDE_TRACK_DATA_DIR: dataDir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

describe('notes from a pipe', () => {
  it('`notes append` reads standard input; a missing --prospect is a usage error (exit 2)', async () => {
    const dir = tempDir();
    const { core } = await briefWorld(() => dir);
    core.close();
    const file = join(dir, 'world.itrack');
    const data = join(dir, 'data');
    const appended = await cliWithInput(
      ['notes', 'append', '--prospect', '@acme_ceo', '--workspace', file, '--json'],
      'Lunch on Friday: bring the pilot numbers. 午餐 🍱\n',
      data,
    );
    expect(appended).toMatchObject({ code: 0, stderr: '' });
    const note = JSON.parse(appended.stdout) as { body: string };
    expect(note.body).toMatch(
      /# Meeting plan[\s\S]*\n\nLunch on Friday: bring the pilot numbers\. 午餐 🍱\n$/,
    );

    // An empty pipe leaves the notes as they are.
    const empty = await cliWithInput(
      ['notes', 'set', '--prospect', '@acme_ceo', '--workspace', file],
      '',
      data,
    );
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('the notes on @acme_ceo are unchanged');

    const usage = await cliWithInput(['notes', 'set', '--workspace', file], 'x', data);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
    expect(usage.stderr).toContain('--prospect');
  }, 120_000);
});
