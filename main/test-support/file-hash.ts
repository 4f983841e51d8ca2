import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** The bytes of a file and its SQLite side files, to prove an operation changed nothing. */
export function fingerprint(path: string): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const file = path + suffix;
    hash.update(`${suffix}:${existsSync(file) ? readFileSync(file).toString('base64') : 'absent'};`);
  }
  return hash.digest('hex');
}
