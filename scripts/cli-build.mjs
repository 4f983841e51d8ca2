// Bundles the command line (main/host/cli-main.ts) into out/cli-<stamp>/cli.js, with the plain
// JavaScript packages it uses inlined: Node then resolves and reads a few files, not hundreds
// (zod alone is 0.1 s of start-up when loaded from node_modules).
import { createRequire, builtinModules } from 'node:module';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Packages loaded from node_modules at run time: native code (better-sqlite3), or files read from
 * beside their own code (pdfkit's standard fonts and colour profile, the font packages). A new
 * package of that kind goes here; scripts/cli.test.ts runs imports and a brief through the bundle,
 * which catches some such packages, not all (the brief uses none of pdfkit's standard fonts).
 */
const keepExternal = ['better-sqlite3', 'pdfkit', 'dejavu-fonts-ttf', 'noto-sans-cjk-jp'];

/** Where the bundle for sources with this stamp is, once built. */
export const bundlePath = (root, stamp) => join(root, 'out', `cli-${stamp}`, 'cli.js');

// An older bundle may still be running a long command (the brief is a lazily loaded chunk).
const keepOldBuildsMs = 10 * 60 * 1000;

/** rolldown is vite's bundler: resolved from vite's own folder, so it needs no dependency of ours. */
async function loadRolldown() {
  const require = createRequire(import.meta.url);
  const viteFolder = dirname(require.resolve('vite/package.json'));
  return import(pathToFileURL(require.resolve('rolldown', { paths: [viteFolder] })).href);
}

/**
 * Builds into a folder of its own, then renames it into place: a command run meanwhile never sees
 * half a bundle, and when several runs build at once the first rename wins and the others are dropped.
 */
export async function buildCli(root, stamp) {
  const { rolldown } = await loadRolldown();
  const external = (id) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    keepExternal.some((name) => id === name || id.startsWith(`${name}/`));
  const scratch = join(root, 'out', `.cli-building-${process.pid}-${Date.now()}`);
  const bundle = await rolldown({
    input: { cli: join(root, 'main/host/cli-main.ts') },
    platform: 'node',
    external,
    logLevel: 'warn',
  });
  try {
    await bundle.write({
      dir: scratch,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
    });
  } finally {
    await bundle.close();
  }
  const target = dirname(bundlePath(root, stamp));
  try {
    renameSync(scratch, target);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(bundlePath(root, stamp))) throw error;
  }
  removeOldBuilds(root, target);
  return bundlePath(root, stamp);
}

function removeOldBuilds(root, current) {
  const out = join(root, 'out');
  for (const name of readdirSync(out)) {
    const path = join(out, name);
    if (path === current || !/^\.?cli-/.test(name)) continue;
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > keepOldBuildsMs) rmSync(path, { recursive: true, force: true });
  }
}
