import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { cleanStaleImportTemp, makeUnpackDir, removeUnpackDir } from './input-temp';

const tempDir = useTempDir();

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('unpack folders left by a crash', () => {
  it('removes the folders of processes that are gone and of any process a day later, and no others', () => {
    const root = tempDir();
    const make = (name: string, ageMs = 0) => {
      const dir = join(root, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'outbox.json'), '{}');
      const when = (Date.now() - ageMs) / 1000;
      utimesSync(dir, when, when);
      return name;
    };
    const crashed = make(`inside-track-unpack-${deadPid()}-a1b2c3`);
    const running = make(`inside-track-unpack-${process.ppid}-d4e5f6`);
    const mine = make(`inside-track-unpack-${process.pid}-g7h8i9`, 3 * 86_400_000);
    const stale = make(`inside-track-unpack-${process.ppid}-j0k1l2`, 2 * 86_400_000);
    const legacyOld = make('inside-track-tar-AbCdEf', 2 * 86_400_000);
    const legacyNew = make('inside-track-tar-GhIjKl');
    const someoneElses = make('other-app-123-x', 5 * 86_400_000);

    expect(cleanStaleImportTemp({ root }).sort()).toEqual([crashed, legacyOld, stale].sort());
    expect(readdirSync(root).sort()).toEqual([legacyNew, mine, running, someoneElses].sort());
  });

  it('names its folders after the process that owns them', () => {
    const root = tempDir();
    const dir = makeUnpackDir(root);
    expect(dir).toContain(`inside-track-unpack-${process.pid}-`);
    removeUnpackDir(dir);
    expect(existsSync(dir)).toBe(false);
  });
});
