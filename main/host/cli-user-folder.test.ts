import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './project-root';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

/** The environment of a user's shell: npm sets INIT_CWD only when it is not set already. */
function userEnv(userFolder: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, INSIDE_TRACK_DATA_DIR: join(userFolder, 'data') };
  delete env.INIT_CWD;
  return env;
}

/** `npm run cli` as a user types it in their own folder: npm runs the script from the package root. */
function npmRunCli(userFolder: string, args: string[]) {
  return new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      'npm',
      ['--prefix', projectRoot, 'run', '-s', 'cli', '--', ...args],
      {
        cwd: userFolder,
        env: userEnv(userFolder),
      },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
}

describe('the CLI under npm run', () => {
  it('writes a relative workspace path into the folder the user is in, not the project folder', async () => {
    const userFolder = join(tempDir(), 'pursuits');
    mkdirSync(userFolder);
    const name = `user-folder-${process.pid}.itrack`;

    const result = await npmRunCli(userFolder, ['workspace', 'create', name]);

    // After a source edit, the first run builds the command line and says so (scripts/cli.mjs).
    expect(result.code).toBe(0);
    expect(result.stderr.replace('Building the command line once…\n', '')).toBe('');
    expect(existsSync(join(userFolder, name))).toBe(true);
    expect(existsSync(join(projectRoot, name))).toBe(false);
  });
});
