import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { fingerprint } from '../test-support/file-hash';
import { filesContaining } from '../test-support/folder-bytes';
import { codeOf } from '../test-support/error-code';
import { useTempDir } from '../test-support/temp-dir';
import { keyForFile, newWorkspaceKey } from './workspace-cipher';
import { createWorkspaceFile, openWorkspaceFile } from './workspace-file';

const tempDir = useTempDir();
const MARKER = 'zqcipher-marker-7c41';
const PASSPHRASE = 'correct horse battery staple';

async function encryptedWorkspace(): Promise<string> {
  const path = join(tempDir(), 'Secret pursuit.itrack');
  const db = createWorkspaceFile(path, '1', { key: await newWorkspaceKey(PASSPHRASE) });
  db.prepare("INSERT INTO accounts(network, external_id, handle, bio) VALUES ('x', '1', ?, ?)").run(
    MARKER,
    `bio of ${MARKER}`,
  );
  db.close();
  return path;
}

// Each key derivation (scrypt, meant to be slow) costs about a second of CPU.
describe('encrypted workspace files', { timeout: 60_000 }, () => {
  it('never hold the marker in plain, in the file or its WAL, while open or after close', async () => {
    const path = join(tempDir(), 'Acme.itrack');
    const key = await newWorkspaceKey(PASSPHRASE);
    const db = createWorkspaceFile(path, '1', { key });
    db.prepare("INSERT INTO accounts(network, external_id, handle, bio) VALUES ('x', '1', ?, ?)").run(
      MARKER,
      `bio of ${MARKER}`,
    );
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(filesContaining(dirname(path), MARKER)).toEqual([]);
    db.close();
    expect(filesContaining(dirname(path), MARKER)).toEqual([]);
    expect(readFileSync(path).subarray(0, 16).equals(key.salt)).toBe(true);

    const again = openWorkspaceFile(path, { key: await keyForFile(path, PASSPHRASE) });
    expect(again.prepare('SELECT handle FROM accounts').pluck().get()).toBe(MARKER);
    expect(again.pragma('temp_store', { simple: true })).toBe(2);
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    again.close();
    expect(filesContaining(dirname(path), MARKER)).toEqual([]);
  });

  it('a wrong passphrase is refused plainly and the file stays byte for byte as it was', async () => {
    const path = await encryptedWorkspace();
    const before = fingerprint(path);
    const wrong = await keyForFile(path, 'correct horse battery stapler');
    let error: unknown;
    try {
      openWorkspaceFile(path, { key: wrong });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('WORKSPACE_WRONG_PASSPHRASE');
    expect((error as AppError).message).toContain('wrong passphrase, or not an Inside Track workspace');
    expect((error as AppError).message).not.toContain('stapler');
    expect(fingerprint(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('without a passphrase the host is told to ask for one, and nothing is written', async () => {
    const path = await encryptedWorkspace();
    const before = fingerprint(path);
    expect(codeOf(() => openWorkspaceFile(path))).toBe('WORKSPACE_NEEDS_PASSPHRASE');
    expect(fingerprint(path)).toBe(before);
  });

  it('the passphrase is normalized: composed and decomposed accents open the same file', async () => {
    const path = join(tempDir(), 'accents.itrack');
    createWorkspaceFile(path, '1', { key: await newWorkspaceKey('caf\u00e9 cr\u00e8me') }).close();
    openWorkspaceFile(path, { key: await keyForFile(path, 'cafe\u0301 cre\u0300me') }).close();
  });

  it('a text file is still not a workspace, with or without a key', async () => {
    const path = join(tempDir(), 'notes.itrack');
    writeFileSync(path, 'These are my notes, not a database.\n');
    expect(codeOf(() => openWorkspaceFile(path))).toBe('WORKSPACE_NOT_SQLITE');
  });
});
