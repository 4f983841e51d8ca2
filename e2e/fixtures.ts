import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface WebApp {
  /** The launch URL of the running server, token included. */
  readonly url: string;
  readonly dataDir: string;
  readonly workspacesDir: string;
  /** Stops the server: SIGTERM for a clean stop, SIGKILL for a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts a new server (new port, new token) on the same folders. */
  restart(): Promise<void>;
}

async function launch(dataDir: string, workspacesDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['out/main/web.js', '--no-open'], {
    env: { ...process.env, INSIDE_TRACK_DATA_DIR: dataDir, INSIDE_TRACK_WORKSPACES_DIR: workspacesDir },
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

/** Every test gets its own browser-mode server with its own data and workspaces folders. */
export const test = base.extend<{ app: WebApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'it-e2e-data-'));
    const workspacesDir = mkdtempSync(join(tmpdir(), 'it-e2e-ws-'));
    let server = await launch(dataDir, workspacesDir);
    const app: WebApp = {
      get url() {
        return server.url;
      },
      dataDir,
      workspacesDir,
      async stop(signal: NodeJS.Signals = 'SIGTERM') {
        const { child } = server;
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill(signal);
        await exited;
      },
      async restart() {
        await app.stop();
        server = await launch(dataDir, workspacesDir);
      },
    };
    await use(app);
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(workspacesDir, { recursive: true, force: true });
  },
});

export { expect };
