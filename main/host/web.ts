import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../api/core';
import { openInBrowser } from './open-browser';
import { projectRoot } from './project-root';
import { UploadStore } from './uploads';
import { startWebServer } from './web-server';

/** `npm run web`: browser mode on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not “${values.port}”`);
  }
  const core = createCore({ host: 'web', log: (message) => console.error(message) });
  const server = await startWebServer({
    core,
    uploads: new UploadStore(core.dataDir),
    port,
    staticDir: join(projectRoot, 'out', 'renderer'),
  });
  console.log(`Inside Track is running in browser mode.\nOpen: ${server.url}`);
  const shouldOpen = !values['no-open'] && !process.env.CI && !process.env.INSIDE_TRACK_NO_OPEN;
  if (shouldOpen) openInBrowser(server.url);

  const shutdown = () => {
    void server.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

// The server guards its own input (web-server.ts): an error reaching here is a bug. Log where it
// came from; the process still ends, as a half-failed server should not keep answering.
process.on('uncaughtExceptionMonitor', (error) => {
  console.error(`inside-track web: unexpected failure, stopping: ${error.stack ?? String(error)}`);
});

main().catch((error: unknown) => {
  console.error(`inside-track web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
