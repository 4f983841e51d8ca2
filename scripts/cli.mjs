// `npm run cli`: runs the command line from its bundle, built first whenever the sources changed
// (tsx compiled TypeScript on every run: 2 s before the first line of output).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceStamp } from './cli-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = sourceStamp(root);
let bundle = resolve(root, 'out', `cli-${stamp}`, 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('Building the command line once…\n');
  const { buildCli } = await import('./cli-build.mjs');
  bundle = await buildCli(root, stamp);
}
await import(pathToFileURL(bundle).href);
