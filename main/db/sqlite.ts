import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Electron's Node ABI differs from plain Node's, so the Electron shell points better-sqlite3 at a
 * separately built binary (see scripts/electron-native.mjs); every other host uses the default.
 */
let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function openSqlite(file: string, options: { mustExist: boolean }): Db {
  return new Database(file, {
    fileMustExist: options.mustExist,
    timeout: 0,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

export function sqliteVersion(): string {
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    return String(db.prepare('select sqlite_version() as v').pluck().get());
  } finally {
    db.close();
  }
}

/** SQLite error codes as better-sqlite3 reports them, e.g. SQLITE_BUSY, SQLITE_NOTADB. */
export function sqliteCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
