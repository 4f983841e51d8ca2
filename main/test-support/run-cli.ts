import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../host/project-root';

/** Runs the CLI as a user would, in its own process, with its data folder in `dataDir`. */
export function runCliProcess(args: string[], dataDir: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'main/host/cli-main.ts'), ...args],
      { cwd: projectRoot, env: { ...process.env, INSIDE_TRACK_DATA_DIR: dataDir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}
