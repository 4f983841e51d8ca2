import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountRow } from '../../common/dto';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';
import { writeFile } from '../test-support/test-files';

const tempDir = useTempDir();
// Each run starts a Node process with tsx: seconds apiece on a busy machine.
const SLOW = 240_000;
const cli = (args: string[]) => runCliProcess(args, tempDir());

/** A `twarc2 followers|following` page saved as .json: its owner, 12345, only in __twarc.url. */
const page = (list: 'followers' | 'following', users: { id: string; username: string }[]) =>
  `${JSON.stringify({ data: users, __twarc: { url: `https://api.twitter.com/2/users/12345/${list}` } })}\n`;

describe('whose list is it, on the command line', () => {
  it(
    'import --of names the owner a list gives only by id; accounts name names it later',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'Acme.itrack');
      const following = writeFile(dir, 'following.json', page('following', [{ id: '1', username: 'ann' }]));
      const followers = writeFile(dir, 'followers.json', page('followers', [{ id: '2', username: 'ben' }]));
      await cli(['workspace', 'create', file]);

      // The text summary says how to name what the file left unnamed, as the JSON one does.
      const unnamed = await cli(['import', '--workspace', file, following]);
      expect(unnamed.code).toBe(0);
      expect(unnamed.stdout).toContain(
        'following.json (twarc2 API pages (JSON Lines)): added 2 accounts, 1 follows',
      );
      expect(unnamed.stdout).toContain('  following.json: The file names whose list it is only by id');
      expect(unnamed.stdout).toContain('accounts name 12345 --handle @name');

      const bad = await cli(['import', '--workspace', file, '--of', '@acme-ceo', followers]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(
        'followers.json is the followers list of X account id 12345: “@acme-ceo” is not a handle on X',
      );

      const named = await cli(['accounts', 'name', '12345', '--handle', '@acme_ceo', '--workspace', file]);
      expect(named).toMatchObject({
        code: 0,
        stdout: 'X account id 12345 (name unknown) is @acme_ceo now.\n',
      });

      const withOf = await cli(['import', '--workspace', file, '--of', '@acme_ceo', followers, '--json']);
      expect(withOf.code).toBe(0);
      const owner = JSON.parse(
        (await cli(['accounts', 'name', '@acme_ceo', '--handle', 'acme_ceo', '--workspace', file, '--json']))
          .stdout,
      ) as AccountRow;
      expect(owner).toMatchObject({
        externalId: '12345',
        handle: 'acme_ceo',
        importedFollowers: 1,
        importedFollowing: 1,
      });

      const unknown = await cli(['accounts', 'name', '777', '--handle', '@zed', '--workspace', file]);
      expect(unknown).toMatchObject({
        code: 1,
        stderr: 'inside-track: No account in Acme.itrack has the id or handle “777”.\n',
      });
    },
    SLOW,
  );
});
