import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../host/project-root';

export interface WebProcess {
  child: ChildProcess;
  /** The launch address the server printed, token included. */
  url: string;
}

/**
 * Starts a browser-mode server as its own process on the given folders and waits for the address
 * it prints. `built`: the bundle `npm run web` runs (out/main/web.js, after `npm run build`);
 * otherwise the TypeScript sources through tsx (tests that need no build).
 */
export async function startWebProcess(options: {
  dataDir: string;
  workspacesDir: string;
  built: boolean;
}): Promise<WebProcess> {
  const args = options.built
    ? [join(projectRoot, 'out/main/web.js'), '--no-open']
    : ['--import', 'tsx', join(projectRoot, 'main/host/web.ts'), '--no-open'];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: {
      ...process.env,
      INSIDE_TRACK_DATA_DIR: options.dataDir,
      INSIDE_TRACK_WORKSPACES_DIR: options.workspacesDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${stderr}`)));
  });
  return { child, url };
}

/** Stops the server (SIGTERM for a clean stop, SIGKILL for a crash) and waits for it to exit. */
export async function stopWebProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
