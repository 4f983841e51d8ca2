import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../common/errors';
import { openSqlite, type Db } from './sqlite';

/**
 * The encrypted workspace format (docs/architecture.md, "Encryption"): SQLite3 Multiple Ciphers'
 * AEGIS-256, a raw 32-byte key derived in Node by scrypt, and the 16-byte salt kept by the cipher
 * in the file's first 16 bytes. None of this is stored in the file, so changing any constant here
 * makes existing files unopenable: it needs a new format version.
 */
const CIPHER = 'aegis';
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** OWASP's scrypt floor (128 MiB); maxmem must exceed 128 * N * r. */
const SCRYPT: ScryptOptions = { N: 1 << 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };
const PLAIN_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');
/** Encrypted files are whole pages; SQLite's smallest page is 512 bytes. */
const SMALLEST_PAGE = 512;

/** A workspace's derived key and the salt it was derived with (the file's first 16 bytes). */
export interface WorkspaceKey {
  readonly key: Buffer;
  readonly salt: Buffer;
}

export function encryptionUnavailable(): AppError {
  return new AppError(
    'ENCRYPTION_UNAVAILABLE',
    'This build of Inside Track cannot open or create encrypted workspaces (its SQLite has no cipher support). Nothing was written.',
  );
}

/**
 * Refuses to go on when SQLite has no cipher: a plain build accepts a key silently and writes
 * plaintext. Probed on a memory database, since on an encrypted file any statement before the
 * key fails as "not a database", which must not read as a missing cipher.
 */
export function assertCipherSupport(): void {
  const probe = openSqlite(':memory:', { mustExist: false });
  try {
    probe.prepare('select sqlite3mc_version()').pluck().get();
  } catch {
    throw encryptionUnavailable();
  } finally {
    probe.close();
  }
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SALT_BYTES);
    return head.subarray(0, readSync(fd, head, 0, SALT_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

export function hasPlainHeader(path: string): boolean {
  return readHead(path).equals(PLAIN_HEADER);
}

/**
 * Whether a file may be an encrypted workspace: not plain SQLite, and whole pages long. An
 * encrypted file cannot be told from random bytes, so a passphrase decides the rest.
 */
export function mayBeEncrypted(path: string): boolean {
  const size = statSync(path).size;
  return size >= SMALLEST_PAGE && size % SMALLEST_PAGE === 0 && !hasPlainHeader(path);
}

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFC: the same passphrase typed on another keyboard or system gives the same bytes.
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, SCRYPT, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A key for a new file (or a new passphrase): a fresh salt. */
export async function newWorkspaceKey(passphrase: string): Promise<WorkspaceKey> {
  assertCipherSupport();
  const salt = randomBytes(SALT_BYTES);
  return { key: await deriveKey(passphrase, salt), salt };
}

/** The key that opens an existing encrypted file (or a copy of it: copies keep the salt). */
export async function keyForFile(path: string, passphrase: string): Promise<WorkspaceKey> {
  assertCipherSupport();
  const salt = readHead(path);
  return { key: await deriveKey(passphrase, salt), salt };
}

/** The raw-key form: SQLite runs no KDF of its own, and the key never appears in SQL text. */
function rawKey(key: WorkspaceKey, withSalt: boolean): Buffer {
  return Buffer.concat([Buffer.from('raw:'), key.key, ...(withSalt ? [key.salt] : [])]);
}

/**
 * Keys a connection before its first statement. With `newFile` the salt is given too, and the
 * cipher writes it to the file's first 16 bytes. The key is checked by the first read.
 */
export function applyKey(db: Db, key: WorkspaceKey, options: { newFile?: boolean } = {}): void {
  assertCipherSupport();
  db.pragma(`cipher = '${CIPHER}'`);
  db.key(rawKey(key, options.newFile ?? false));
  // Sorts and temporary indexes would otherwise spill plaintext to temp files.
  db.pragma('temp_store = MEMORY');
}

/**
 * Encrypts (a key), re-encrypts (a new key) or decrypts (null) the connection's file in place.
 * The cipher refuses to rekey in WAL mode, so the journal is DELETE meanwhile and WAL after.
 */
export function rekeyFile(db: Db, key: WorkspaceKey | null): void {
  if (key) assertCipherSupport();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    if (key) db.pragma(`cipher = '${CIPHER}'`);
    db.rekey(key ? rawKey(key, true) : Buffer.alloc(0));
  } finally {
    db.pragma('journal_mode = WAL');
  }
}
