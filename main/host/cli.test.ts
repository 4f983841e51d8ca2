import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../test-support/file-hash';
import { samplePath } from '../test-support/samples';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const cli = (args: string[]) => runCliProcess(args, tempDir());

describe('command line', () => {
  it('creates a workspace and prints its table counts as JSON', async () => {
    const file = join(tempDir(), 'cli.itrack');
    const created = await cli(['workspace', 'create', file]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain(file);

    const stats = await cli(['stats', '--workspace', file, '--json']);
    expect(stats.code).toBe(0);
    const counts = JSON.parse(stats.stdout) as Record<string, number>;
    expect(counts).toMatchObject({ accounts: 0, follows: 0, posts: 0, people: 0, prospects: 0, sources: 0 });
  });

  it('a file that is not a workspace: one line on stderr, exit 1, file unchanged', async () => {
    const file = join(tempDir(), 'report.itrack');
    writeFileSync(file, 'quarterly report');
    const before = fingerprint(file);
    const result = await cli(['stats', '--workspace', file, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('report.itrack” is not an Inside Track workspace');
    expect(fingerprint(file)).toBe(before);
  });

  it('imports a sample, finds paths and writes a brief', async () => {
    const file = join(tempDir(), 'brief.itrack');
    await cli(['workspace', 'create', file]);
    const imported = await cli([
      'import',
      '--workspace',
      file,
      samplePath('x-archive', 'denchi-2020'),
      '--json',
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout.trim().split('\n')[0]!)).toMatchObject({
      format: 'x-archive',
      added: { follows: 477 },
    });
    const out = join(tempDir(), 'brief.pdf');
    const brief = await cli([
      'brief',
      '--workspace',
      file,
      '--prospect',
      '@LumenInferius',
      '--out',
      out,
      '--json',
    ]);
    expect(brief.code).toBe(0);
    expect(JSON.parse(brief.stdout)).toMatchObject({ path: out, fileName: 'brief.pdf' });
    const paths = await cli(['paths', '--workspace', file, '--prospect', '@LumenInferius', '--json']);
    expect(JSON.parse(paths.stdout)).toMatchObject({ prospect: { handle: 'LumenInferius' } });
    const rejected = await cli(['import', '--workspace', file, join(tempDir(), 'missing.zip')]);
    expect(rejected.code).toBe(1);
    // Five CLI processes, each starting tsx: a limit for a stuck process, not a speed claim.
  }, 90_000);

  it('bad arguments: one line on stderr and exit 2', async () => {
    for (const args of [
      ['frobnicate'],
      ['stats', '--json'],
      ['stats', '--nope'],
      ['workspace', 'delete', 'x'],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
