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
  try {
    bundle = await buildCli(root, stamp);
  } catch (error) {
    // A syntax error in the sources: rolldown's message names the file and line; its stack does not help.
    process.stderr.write(
      `The command line could not be built. ${error instanceof Error ? error.message : error}\n`,
    );
    process.exit(1);
  }
}
await import(pathToFileURL(bundle).href);
