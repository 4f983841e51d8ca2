// What the command line's bundle is made from, and a fingerprint that changes with any edit to it.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Folders whose code the bundle holds (tests excepted), and the files that decide what else goes in:
 * the packages inlined into it change with npm's record of what is installed.
 */
const sourceFolders = ['main', 'common'];
const buildFiles = [
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'tsconfig.base.json',
  'scripts/cli-build.mjs',
];
const isTest = (name) => /\.test\.tsx?$/.test(name);

/**
 * A fingerprint of every source file's path, size and modification time. No file is read, so it
 * costs a few milliseconds; and unlike "newer than the bundle" it also notices a file removed,
 * renamed, or restored with an older date.
 */
export function sourceStamp(root) {
  const hash = createHash('sha1');
  const add = (path) => {
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    hash.update(stat ? `${path}\0${stat.size}\0${stat.mtimeMs}\n` : `${path}\0missing\n`);
  };
  const walk = (folder) => {
    const entries = readdirSync(join(root, folder), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (!isTest(entry.name)) add(path);
    }
  };
  sourceFolders.forEach(walk);
  buildFiles.forEach(add);
  return hash.digest('hex').slice(0, 16);
}
