import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { fingerprint } from '../test-support/file-hash';
import { codeOf } from '../test-support/error-code';
import { useTempDir } from '../test-support/temp-dir';
import { latestSchemaVersion } from './migrations';
import { APPLICATION_ID, createWorkspaceFile, openWorkspaceFile } from './workspace-file';

const tempDir = useTempDir();
const require = createRequire(import.meta.url);

describe('workspace files', () => {
  it('a new workspace is WAL, enforces foreign keys, is marked as ours and fully migrated', () => {
    const path = join(tempDir(), 'Acme pursuit.itrack');
    const db = createWorkspaceFile(path, '1.2.3');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT value FROM workspace_meta WHERE key = 'created_by'").pluck().get()).toBe(
      '1.2.3',
    );
    db.close();
  });

  it('creating over an existing file is refused and the file is untouched', () => {
    const path = join(tempDir(), 'taken.itrack');
    writeFileSync(path, 'my thesis');
    const before = fingerprint(path);
    expect(codeOf(() => createWorkspaceFile(path, '1'))).toBe('WORKSPACE_EXISTS');
    expect(fingerprint(path)).toBe(before);
  });

  it('reopens what it created, keeping the data', () => {
    const path = join(tempDir(), 'w.itrack');
    const db = createWorkspaceFile(path, '1');
    db.prepare(
      "INSERT INTO accounts(network, external_id, handle) VALUES ('x', '2043360286044766208', 'big')",
    ).run();
    db.close();
    const again = openWorkspaceFile(path);
    expect(again.prepare('SELECT external_id FROM accounts').pluck().get()).toBe('2043360286044766208');
    again.close();
  });

  it('a missing file is reported as missing', () => {
    expect(codeOf(() => openWorkspaceFile(join(tempDir(), 'nope.itrack')))).toBe('WORKSPACE_NOT_FOUND');
  });

  it('a file that is not SQLite is refused and left byte for byte as it was', () => {
    const path = join(tempDir(), 'notes.itrack');
    writeFileSync(path, 'These are my notes, not a database.\n');
    const before = fingerprint(path);
    expect(codeOf(() => openWorkspaceFile(path))).toBe('WORKSPACE_NOT_SQLITE');
    expect(fingerprint(path)).toBe(before);
  });

  it('an empty file is refused', () => {
    const path = join(tempDir(), 'empty.itrack');
    writeFileSync(path, '');
    expect(codeOf(() => openWorkspaceFile(path))).toBe('WORKSPACE_NOT_SQLITE');
  });

  it("another application's SQLite database is refused and not converted to WAL", () => {
    const path = join(tempDir(), 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1)');
    other.close();
    const before = fingerprint(path);
    expect(codeOf(() => openWorkspaceFile(path))).toBe('WORKSPACE_NOT_SQLITE');
    expect(fingerprint(path)).toBe(before);
  });

  it('a workspace from a newer version is refused and not modified', () => {
    const path = join(tempDir(), 'future.itrack');
    createWorkspaceFile(path, '1').close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    const before = fingerprint(path);
    let error: unknown;
    try {
      openWorkspaceFile(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('WORKSPACE_TOO_NEW');
    expect((error as AppError).message).toMatch(/newer version of Inside Track/);
    expect(fingerprint(path)).toBe(before);
  });

  it('a workspace open in this process cannot be opened a second time', () => {
    const path = join(tempDir(), 'busy.itrack');
    const first = createWorkspaceFile(path, '1');
    expect(codeOf(() => openWorkspaceFile(path))).toBe('WORKSPACE_LOCKED');
    first.close();
    openWorkspaceFile(path).close();
  });

  it('a workspace held by another process is reported as locked, and free once it exits', async () => {
    const path = join(tempDir(), 'held.itrack');
    createWorkspaceFile(path, '1').close();
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
         const db = new D(${JSON.stringify(path)});
         db.pragma('locking_mode = EXCLUSIVE'); db.pragma('journal_mode = WAL');
         db.exec('BEGIN IMMEDIATE; COMMIT'); console.log('held'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    expect(codeOf(() => openWorkspaceFile(path))).toBe('WORKSPACE_LOCKED');
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    openWorkspaceFile(path).close();
  });
});
