import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsBytes } from '../test-support/backups-world';
import { markersIn } from '../test-support/erase-world';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';
import { writeFile } from '../test-support/test-files';

const tempDir = useTempDir();
// Each run starts a Node process with tsx: seconds apiece on a busy machine.
const SLOW = 300_000;
const cli = (args: string[]) => runCliProcess(args, tempDir());

/** A twarc2 followers page of 12345's: the account to erase, and one that stays. */
const FOLLOWERS = JSON.stringify({
  data: [
    { id: '1', username: 'zqbackupcli', name: 'Zed Backupcli' },
    { id: '2', username: 'ben', name: 'Ben' },
  ],
  __twarc: { url: 'https://api.twitter.com/2/users/12345/followers' },
});

describe('backups on the command line', () => {
  it(
    'lists the backups, erases from them with --never-import-again, and restores a damaged workspace',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'Acme.itrack');
      const followers = writeFile(dir, 'followers.json', `${FOLLOWERS}\n`);
      await cli(['workspace', 'create', file]);
      expect((await cli(['import', '--workspace', file, followers])).code).toBe(0);
      const listed = await cli(['backups', 'list', '--workspace', file, '--json']);
      expect(JSON.parse(listed.stdout)).toMatchObject([{ label: 'import of followers.json' }]);

      const erased = await cli([
        'erase',
        '--account',
        '@zqbackupcli',
        '--workspace',
        file,
        '--yes',
        '--never-import-again',
      ]);
      expect(erased.code).toBe(0);
      expect(erased.stdout).toContain('Backups: erased from 1 backup.');
      expect(erased.stdout).toContain('Later imports will leave them out');
      expect(markersIn(backupsBytes(file), ['zqbackupcli', 'Backupcli'])).toEqual([]);
      const stats = JSON.parse((await cli(['stats', '--workspace', file, '--json'])).stdout) as object;

      // Bytes overwritten in the middle of the closed file: refused on open, restored from backup.
      const fd = openSync(file, 'r+');
      const third = Math.floor(statSync(file).size / 3 / 4096) * 4096;
      writeSync(fd, Buffer.alloc(third, 0x5a), 0, third, third);
      closeSync(fd);
      const damaged = await cli(['stats', '--workspace', file]);
      expect(damaged.code).toBe(1);
      expect(damaged.stderr).toMatch(/“Acme” is damaged/);
      const [newest] = JSON.parse((await cli(['backups', 'list', '--workspace', file, '--json'])).stdout) as {
        name: string;
        label: string;
      }[];
      expect(newest!.label).toBe('erase of an account');
      const refused = await cli(['backups', 'restore', newest!.name, '--workspace', file]);
      expect(refused.code).toBe(1);
      const restored = await cli(['backups', 'restore', newest!.name, '--workspace', file, '--yes']);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      const after = JSON.parse((await cli(['stats', '--workspace', file, '--json'])).stdout) as Record<
        string,
        number
      >;
      // The backup taken before the erase was erased from too: it holds what the file held after.
      expect(after).toEqual(stats);
    },
    SLOW,
  );
});
