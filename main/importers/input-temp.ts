import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Unpacked archives live in `<temp>/inside-track-unpack-<pid>-<random>`: the pid says whose they
 * are, so a later start can remove what a crashed process left.
 */
const PREFIX = 'inside-track-unpack-';
/** Folders from before the pid was in the name. */
const LEGACY_PREFIX = 'inside-track-tar-';
const DAY_MS = 24 * 60 * 60 * 1000;

const live = new Set<string>();
let exitHookInstalled = false;

/** A new private folder for one archive; removed by `removeUnpackDir`, or at exit at the latest. */
export function makeUnpackDir(root = tmpdir()): string {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A normal exit or an uncaught error still cleans up; only a hard kill leaves folders behind.
    process.once('exit', () => {
      for (const dir of live) rmSync(dir, { recursive: true, force: true });
    });
  }
  const dir = mkdtempSync(join(root, `${PREFIX}${process.pid}-`));
  live.add(dir);
  return dir;
}

export function removeUnpackDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes unpack folders whose process is gone or that are older than a day (a pid can be
 * reused). Hosts call it once at start. Returns the names removed.
 */
export function cleanStaleImportTemp(
  options: { root?: string; now?: number; maxAgeMs?: number } = {},
): string[] {
  const { root = tmpdir(), now = Date.now(), maxAgeMs = DAY_MS } = options;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const owned = name.startsWith(PREFIX) ? /^(\d+)-/.exec(name.slice(PREFIX.length)) : null;
    if (!owned && !name.startsWith(LEGACY_PREFIX)) continue;
    const pid = owned ? Number(owned[1]) : null;
    if (pid === process.pid) continue;
    const dir = join(root, name);
    try {
      const old = now - statSync(dir).mtimeMs > maxAgeMs;
      if (old || (pid !== null && !processIsAlive(pid))) {
        rmSync(dir, { recursive: true, force: true });
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
