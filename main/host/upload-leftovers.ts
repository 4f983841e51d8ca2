import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A launch's upload folder: `<pid>-<8 hex>`, so another launch can tell whether its owner lives. */
export const launchFolderPattern = /^(\d+)-[0-9a-f]{8}$/;

/** A folder untouched this long is a leftover even if its pid now names some other process. */
export const STALE_UPLOADS_MS = 24 * 60 * 60 * 1000;

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what earlier launches left in `root` after a crash: folders whose process is gone or
 * that nobody touched for a day, and anything not named like a launch folder (the flat `drop-*`
 * batches of earlier versions). Two browser-mode servers may share a data folder, so a live
 * launch's folder is kept. Returns the names removed.
 */
export function removeLeftoverUploads(root: string, ownFolder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (name === ownFolder) continue;
    const path = join(root, name);
    const match = launchFolderPattern.exec(name);
    try {
      const stale = now - statSync(path).mtimeMs > STALE_UPLOADS_MS;
      if (match && !stale && processIsAlive(Number(match[1]))) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: the next launch tries again.
    }
  }
  return removed;
}
