import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createCore } from '../api/core';
import { createMemoryTransport } from '../host/memory-transport';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

/** Columns that hold the moment or the place of generation, which no seed can fix. */
const GENERATION_COLUMNS = new Set([
  'imported_at',
  'added_at',
  'updated_at',
  'last_viewed_at',
  'path',
  'decided_at',
]);

const withoutDuration = (json: unknown) => {
  const { durationMs: _took, ...summary } = JSON.parse(String(json)) as Record<string, unknown>;
  return summary;
};

/** Per table, its row count and a digest of its rows (search index shadows aside), without generation times. */
function contentDigest(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const digests: Record<string, string> = {};
    const tables = db
      .prepare<[], string>(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '%vocab%' ORDER BY name`,
      )
      .pluck()
      .all();
    for (const table of tables) {
      const all = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      const lines = all.map((row) =>
        JSON.stringify(
          // An import's summary says how long it took.
          Object.entries({
            ...row,
            ...(table === 'sources' ? { summary_json: withoutDuration(row.summary_json) } : {}),
          }).filter(
            ([column]) =>
              !GENERATION_COLUMNS.has(column) &&
              !(table === 'workspace_meta' && row.key !== 'demo' && column === 'value') &&
              !(
                column === 'created_at' &&
                ['people', 'notes', 'saved_searches', 'prospect_organisations'].includes(table)
              ),
          ),
        ),
      );
      const hash = createHash('sha256').update(lines.sort().join('\n'));
      digests[table] = `${all.length} rows ${hash.digest('hex').slice(0, 16)}`;
    }
    return digests;
  } finally {
    db.close();
  }
}

async function makeDemo(name: string) {
  const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: tempDir() });
  const api = createClient(createMemoryTransport(core));
  const path = join(tempDir(), name);
  const started = process.hrtime.bigint();
  await api.demo.create({ path });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const status = await api.demo.status();
  core.close();
  return { path, status, seconds };
}

describe('the demo pursuit', () => {
  it('regenerating gives the same workspace, marked as the demo', async () => {
    const first = await makeDemo('one.itrack');
    const second = await makeDemo('two.itrack');
    expect(first.status).toEqual({ demo: true });
    const a = contentDigest(first.path);
    const b = contentDigest(second.path);
    expect(parseInt(a.follows!, 10)).toBeGreaterThan(5000);
    expect(parseInt(a.posts!, 10)).toBeGreaterThan(300);
    expect(b).toEqual(a);
  }, 120_000);
});
