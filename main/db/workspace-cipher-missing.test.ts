import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fingerprint } from '../test-support/file-hash';
import { codeOf } from '../test-support/error-code';
import { useTempDir } from '../test-support/temp-dir';
import type * as SqliteModule from './sqlite';
import type { Db } from './sqlite';
import { keyForFile, newWorkspaceKey } from './workspace-cipher';
import { createWorkspaceFile, openWorkspaceFile } from './workspace-file';

/**
 * A SQLite build without the cipher, simulated on the real one: `sqlite3mc_version()` is
 * missing and a key is accepted and ignored, as a plain build does with `PRAGMA key`.
 */
const build = vi.hoisted(() => ({ cipher: true, probeLies: false }));

vi.mock('./sqlite', async (importOriginal) => {
  const real = await importOriginal<typeof SqliteModule>();
  const withoutCipher = (db: Db): Db =>
    new Proxy(db, {
      get(target, property, receiver) {
        if (property === 'key') return () => 0;
        if (property === 'pragma') {
          return (source: string, options?: object) =>
            source.startsWith('cipher') ? [] : target.pragma(source, options);
        }
        if (property === 'prepare' && !build.probeLies) {
          return (source: string) => {
            if (source.includes('sqlite3mc_version')) throw new Error('no such function: sqlite3mc_version');
            return target.prepare(source);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    ...real,
    openSqlite: (file: string, options: { mustExist: boolean }) => {
      const db = real.openSqlite(file, options);
      return build.cipher ? db : withoutCipher(db);
    },
  };
});

const tempDir = useTempDir();

describe('a build without cipher support', () => {
  it('refuses to create an encrypted workspace and writes no file at all', async () => {
    build.cipher = true;
    const key = await newWorkspaceKey('a passphrase');
    build.cipher = false;
    const dir = tempDir();
    const path = join(dir, 'Plain by mistake.itrack');
    expect(codeOf(() => createWorkspaceFile(path, '1', { key }))).toBe('ENCRYPTION_UNAVAILABLE');
    expect(readdirSync(dir)).toEqual([]);
    await expect(newWorkspaceKey('a passphrase')).rejects.toMatchObject({ code: 'ENCRYPTION_UNAVAILABLE' });
  });

  it('refuses to open an encrypted workspace, which stays as it was', async () => {
    build.cipher = true;
    const path = join(tempDir(), 'Secret.itrack');
    const key = await newWorkspaceKey('a passphrase');
    createWorkspaceFile(path, '1', { key }).close();
    const before = fingerprint(path);
    build.cipher = false;
    expect(codeOf(() => openWorkspaceFile(path, { key }))).toBe('ENCRYPTION_UNAVAILABLE');
    await expect(keyForFile(path, 'a passphrase')).rejects.toMatchObject({ code: 'ENCRYPTION_UNAVAILABLE' });
    expect(fingerprint(path)).toBe(before);
  });

  it('a cipher that says it is there but ignores the key leaves no plain file behind', async () => {
    build.cipher = true;
    const key = await newWorkspaceKey('a passphrase');
    build.cipher = false;
    build.probeLies = true;
    try {
      const dir = tempDir();
      const path = join(dir, 'Silent.itrack');
      expect(codeOf(() => createWorkspaceFile(path, '1', { key }))).toBe('ENCRYPTION_UNAVAILABLE');
      expect(existsSync(path)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      build.probeLies = false;
    }
  });
});
