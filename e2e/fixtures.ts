import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startWebProcess, stopWebProcess } from '../main/test-support/web-process';

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

/** The built host, as `npm run web` runs it (the global setup builds it once per run). */
const launch = (dataDir: string, workspacesDir: string) =>
  startWebProcess({ dataDir, workspacesDir, built: true });

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
      stop: (signal: NodeJS.Signals = 'SIGTERM') => stopWebProcess(server.child, signal),
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
