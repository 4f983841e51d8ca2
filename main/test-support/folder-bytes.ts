import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files under a folder (subfolders too, e.g. backups) whose bytes contain `marker` in UTF-8. */
export function filesContaining(dir: string, marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && readFileSync(join(entry.parentPath, entry.name)).includes(needle))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
