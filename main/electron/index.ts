import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startShell } from './shell';

// Built to out/main/index.js, beside out/renderer and out/preload.
const here = fileURLToPath(new URL('.', import.meta.url));

void startShell({
  rendererDir: join(here, '../renderer'),
  preloadPath: join(here, '../preload/index.cjs'),
});
