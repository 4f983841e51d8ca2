import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../host/project-root';
import { useTempDir } from '../test-support/temp-dir';
import { storageError } from './sqlite-errors';
import { createWorkspaceFile } from './workspace-file';

const tempDir = useTempDir();
const importing = { workspace: 'Acme.itrack', outcome: 'nothing was imported' };

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('storage errors in words', () => {
  it('a full disk, from SQLite or from the system, is DISK_FULL', () => {
    const db = new Database(join(tempDir(), 'full.db'));
    db.exec('CREATE TABLE t(x)');
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    const sqliteFull = thrown(() => db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000)));
    db.close();
    expect(storageError(sqliteFull, importing)?.toData()).toMatchObject({
      code: 'DISK_FULL',
      message: 'The disk is full: nothing was imported. Free some space, then try again.',
    });
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const enospc = thrown(() => writeFileSync('/dev/full', 'x'));
    expect(storageError(enospc, importing)?.code).toBe('DISK_FULL');
  });

  it('a workspace SQLite may only read is WORKSPACE_READ_ONLY, named', () => {
    const path = join(tempDir(), 'Acme.itrack');
    createWorkspaceFile(path, 'test').close();
    const db = new Database(path, { readonly: true });
    const readOnly = thrown(() => db.exec("INSERT INTO workspace_meta(key, value) VALUES ('k', 'v')"));
    db.close();
    expect(storageError(readOnly, importing)?.toData()).toMatchObject({
      code: 'WORKSPACE_READ_ONLY',
      message: expect.stringMatching(/^“Acme\.itrack” cannot be written to .*: nothing was imported\./),
    });
  });

  it('disk and open failures are IO; anything else is left to the caller', () => {
    // A folder where the file should be: SQLite cannot open it (SQLITE_CANTOPEN).
    const cantOpen = thrown(() => new Database(tempDir()).exec('CREATE TABLE t(x)'));
    expect(storageError(cantOpen, importing)?.code).toBe('IO');
    const erofs = Object.assign(new Error('EROFS: read-only file system, write'), {
      code: 'EROFS',
      syscall: 'write',
    });
    expect(storageError(erofs, importing)?.code).toBe('IO');
    // EACCES on open may be an unreadable input file: not a storage failure of ours.
    const eaccesOpen = Object.assign(new Error('EACCES'), { code: 'EACCES', syscall: 'open' });
    expect(storageError(eaccesOpen, importing)).toBeNull();
    expect(storageError(new Error('boom'), importing)).toBeNull();
    expect(storageError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }), importing)).toBeNull();
  });

  it.runIf(process.getuid?.() === 0)(
    'opening a read-only file (as an unprivileged user) says it is read-only',
    () => {
      // Root writes through any file mode, so the open runs as `nobody`, for whom chmod 444 holds.
      const dir = tempDir();
      chmodSync(dir, 0o755);
      const path = join(dir, 'Locked.itrack');
      createWorkspaceFile(path, 'test').close();
      chmodSync(path, 0o444);
      const script = join(dir, 'open.mts');
      writeFileSync(
        script,
        `import { openWorkspaceFile } from ${JSON.stringify(join(projectRoot, 'main/db/workspace-file.ts'))};
       try { openWorkspaceFile(${JSON.stringify(path)}); console.log('opened'); }
       catch (error) { console.log(JSON.stringify({ code: error.code, message: error.message })); }`,
      );
      chmodSync(script, 0o644);
      const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
        cwd: projectRoot,
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
        env: { ...process.env, HOME: dir },
      });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toMatchObject({
        code: 'WORKSPACE_READ_ONLY',
        message: expect.stringMatching(/^“Locked\.itrack” cannot be written to/),
      });
    },
  );
});
