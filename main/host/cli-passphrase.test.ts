import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesContaining } from '../test-support/folder-bytes';
import { runCliInProcess } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const saved = { ...process.env };

beforeEach(() => {
  process.env.INSIDE_TRACK_DATA_DIR = join(tempDir(), 'data');
  delete process.env.INSIDE_TRACK_PASSPHRASE;
  delete process.env.INSIDE_TRACK_NEW_PASSPHRASE;
});
afterEach(() => {
  for (const name of ['INSIDE_TRACK_DATA_DIR', 'INSIDE_TRACK_PASSPHRASE', 'INSIDE_TRACK_NEW_PASSPHRASE']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const cli = runCliInProcess;

const MARKER = 'zqclimarker';

function files(dir: string) {
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'first passphrase\n');
  const next = join(dir, 'next.txt');
  writeFileSync(next, 'second passphrase\n');
  const csv = join(dir, 'Connections.csv');
  writeFileSync(
    csv,
    `First Name,Last Name,URL,Email Address,Company,Position,Connected On\nQuinn,${MARKER},,q@example.com,Acme,CTO,01 Mar 2024\n`,
  );
  return { secret, next, csv, workspace: join(dir, 'w', 'Acme.itrack') };
}

// Each key derivation costs about a second of CPU: more than the default per-test limit on a busy machine.
describe('the CLI and passphrases', { timeout: 60_000 }, () => {
  it('reads the passphrase from --passphrase-file for create and for every --workspace command', async () => {
    const dir = tempDir();
    const { secret, csv, workspace } = files(dir);
    expect(await cli(['workspace', 'create', workspace, '--passphrase-file', secret])).toMatchObject({
      code: 0,
      stdout: `Created ${workspace} (encrypted)`,
    });
    const imported = await cli(['import', '--workspace', workspace, '--passphrase-file', secret, csv]);
    expect(imported.code).toBe(0);
    expect(filesContaining(join(dir, 'w'), MARKER)).toEqual([]);

    const without = await cli(['stats', '--workspace', workspace]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('is encrypted');
    const stats = await cli(['stats', '--workspace', workspace, '--passphrase-file', secret, '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ people: 1 });
  });

  it('reads it from INSIDE_TRACK_PASSPHRASE, and a wrong one says so without echoing it', async () => {
    const { secret, workspace } = files(tempDir());
    await cli(['workspace', 'create', workspace, '--passphrase-file', secret]);
    process.env.INSIDE_TRACK_PASSPHRASE = 'first passphrase';
    expect((await cli(['stats', '--workspace', workspace])).code).toBe(0);
    process.env.INSIDE_TRACK_PASSPHRASE = 'zqwrongpass';
    const wrong = await cli(['stats', '--workspace', workspace]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('wrong passphrase, or not an Inside Track workspace');
    expect(wrong.stderr).not.toContain('zqwrongpass');
  });

  it('refuses a passphrase given as an argument', async () => {
    const { workspace } = files(tempDir());
    const result = await cli(['workspace', 'create', workspace, '--passphrase', 'zqvisible']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--passphrase is not accepted');
    expect(result.stderr).not.toContain('zqvisible');
  });

  it('encrypts, changes the passphrase of and decrypts a workspace', async () => {
    const dir = tempDir();
    const { secret, next, csv, workspace } = files(dir);
    await cli(['workspace', 'create', workspace]);
    await cli(['import', '--workspace', workspace, csv]);
    expect(filesContaining(join(dir, 'w'), MARKER)).not.toEqual([]);

    expect(
      (await cli(['workspace', 'encrypt', '--workspace', workspace, '--passphrase-file', secret])).code,
    ).toBe(0);
    expect(filesContaining(join(dir, 'w'), MARKER)).toEqual([]);

    const changed = await cli([
      'workspace',
      'change-passphrase',
      '--workspace',
      workspace,
      '--passphrase-file',
      secret,
      '--new-passphrase-file',
      next,
    ]);
    expect(changed.code).toBe(0);
    expect((await cli(['stats', '--workspace', workspace, '--passphrase-file', secret])).code).toBe(1);
    expect((await cli(['stats', '--workspace', workspace, '--passphrase-file', next])).code).toBe(0);

    const unconfirmed = await cli([
      'workspace',
      'decrypt',
      '--workspace',
      workspace,
      '--passphrase-file',
      next,
    ]);
    expect(unconfirmed.code).toBe(2);
    const decrypted = await cli([
      'workspace',
      'decrypt',
      '--workspace',
      workspace,
      '--passphrase-file',
      next,
      '--yes',
    ]);
    expect(decrypted.code).toBe(0);
    expect(readFileSync(workspace).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect((await cli(['stats', '--workspace', workspace])).code).toBe(0);
  }, 180_000); // eight key derivations of about a second each (scrypt is meant to be slow)
});
