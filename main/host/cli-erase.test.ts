import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markersIn, workspaceBytes } from '../test-support/erase-world';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';
import { writeFile } from '../test-support/test-files';

const tempDir = useTempDir();
// Each run starts a Node process with tsx: seconds apiece on a busy machine.
const SLOW = 240_000;
const cli = (args: string[]) => runCliProcess(args, tempDir());

const page = (users: { id: string; username: string; name: string; description: string }[]) =>
  `${JSON.stringify({ data: users, __twarc: { url: 'https://api.twitter.com/2/users/12345/followers' } })}\n`;

describe('erase on the command line', () => {
  it(
    'shows what goes and refuses without --yes when it cannot ask; with --yes erases every byte',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'Acme.itrack');
      const followers = writeFile(
        dir,
        'followers.json',
        page([
          { id: '1', username: 'zqerasecli', name: 'Zora Clierase', description: 'zqclibio' },
          { id: '2', username: 'ben', name: 'Ben', description: 'stays' },
        ]),
      );
      await cli(['workspace', 'create', file]);
      expect((await cli(['import', '--workspace', file, followers])).code).toBe(0);

      // The test runs the CLI without a terminal: it must not erase unasked.
      const refused = await cli(['erase', '--account', '@zqerasecli', '--workspace', file]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain(
        'Erasing @zqerasecli (Zora Clierase) removes:\n  1 account\n  1 follow',
      );
      expect(refused.stderr).toContain('nothing was erased: add --yes');
      expect(markersIn(workspaceBytes(file), ['zqerasecli'])).toEqual(['zqerasecli']);

      const done = await cli(['erase', '--account', '@zqerasecli', '--workspace', file, '--yes']);
      expect(done.code).toBe(0);
      expect(done.stdout).toContain('Erased @zqerasecli (Zora Clierase) from');
      expect(markersIn(workspaceBytes(file), ['zqerasecli', 'Clierase', 'zqclibio'])).toEqual([]);
      expect(markersIn(workspaceBytes(file), ['stays'])).toEqual(['stays']);

      const twice = await cli(['erase', '--person', '1', '--account', '@ben', '--workspace', file]);
      expect(twice.code).toBe(2);
    },
    SLOW,
  );
});
