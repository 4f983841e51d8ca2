import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';

const ROOT = join(__dirname, '..', '..');

/** The tables docs/architecture.md's "What erase removes" names, in backquotes in its first column. */
function documentedTables(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const section = doc.split('### What erase removes')[1]?.split(/\n#{2,3} /)[0] ?? '';
  const names = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!));
  return new Set(names);
}

describe('what erase removes', () => {
  it('names every table of the schema (a new table must say what erase does to it)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    // FTS5 keeps an index in shadow tables named after it: they go with the index.
    const shadow = (name: string) => {
      const index = /^(.+)_(data|idx|docsize|config|content)$/.exec(name)?.[1];
      return index !== undefined && tables.includes(index);
    };
    const documented = documentedTables();
    expect(tables.filter((t) => !shadow(t) && !documented.has(t))).toEqual([]);
  });
});
