import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../main/db/sqlite';
import { createWorkspaceFile } from '../main/db/workspace-file';

/** The storage floor: the same edges as plain rows, one prepared statement, one transaction. */
export function rawInsertRate(count: number): number {
  const db = new Database(':memory:');
  db.exec(
    'CREATE TABLE accounts(id INTEGER PRIMARY KEY, external_id TEXT UNIQUE); CREATE TABLE follows(a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID',
  );
  const account = db.prepare('INSERT INTO accounts(external_id) VALUES (?)');
  const follow = db.prepare('INSERT INTO follows(a, b) VALUES (?, 1)');
  const started = performance.now();
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const id = account.run(String(1_000_000_000_000_000_000n + BigInt(i))).lastInsertRowid as number;
      follow.run(id);
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return count / seconds;
}

/**
 * The schema floor: the rows an import of `count` follower edges writes into a real workspace
 * file (account with its indexes, its provenance row with a profile snapshot, the follow and its
 * provenance, the accounts' full-text entries in one statement at the end), with prepared
 * statements in one transaction and none of the import's reading, checking or merging.
 */
export function schemaInsertRate(dir: string, count: number): number {
  const path = join(dir, `floor-${count}.itrack`);
  const db = createWorkspaceFile(path, 'bench');
  const account = db.prepare(
    "INSERT INTO accounts(network, external_id, handle, name, bio, location, followers_count, following_count, posts_count) VALUES ('x', ?, ?, ?, ?, ?, ?, 300, 1200)",
  );
  const accountSource = db.prepare(
    "INSERT INTO account_sources(account_id, source_id, observed_at, profile_json) VALUES (?, 1, '2026-11-01T00:00:00Z', ?)",
  );
  const follow = db.prepare('INSERT INTO follows(follower_id, followee_id) VALUES (?, 1)');
  const followSource = db.prepare(
    'INSERT INTO follow_sources(follower_id, followee_id, source_id) VALUES (?, 1, 1)',
  );
  const started = performance.now();
  db.transaction(() => {
    db.prepare(
      "INSERT INTO sources(id, file_name, path, sha256, format, imported_at) VALUES (1, 'floor', 'floor', 'x', 'twarc2', '2026-11-01')",
    ).run();
    account.run('1', 'bench_prospect', 'Bench Prospect', null, null, null);
    db.prepare('INSERT INTO accounts_fts_deferred(above_id) VALUES (1)').run();
    for (let i = 0; i < count; i += 1) {
      const profile = {
        handle: `follower_${i}`,
        name: `Follower ${i}`,
        bio: i % 7 === 0 ? 'CEO and founder' : 'Marketing and growth',
        location: i % 3 === 0 ? 'Paris, France' : 'Berlin',
        followersCount: (i * 37) % 50_000,
      };
      const id = account.run(
        String(1_000_000_000_000_000_000n + BigInt(i)),
        profile.handle,
        profile.name,
        profile.bio,
        profile.location,
        profile.followersCount,
      ).lastInsertRowid as number;
      accountSource.run(id, JSON.stringify(profile));
      follow.run(id);
      followSource.run(id);
    }
    db.exec(
      'INSERT INTO accounts_fts(rowid, handle, name, bio) SELECT id, handle, name, bio FROM accounts WHERE id > 1; DELETE FROM accounts_fts_deferred;',
    );
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  return count / seconds;
}

/** The parsing floor: JSON.parse of the same bytes (per line for JSONL, whole for follower.js). */
export function jsonParseMs(path: string, lines: boolean): number {
  const text = readFileSync(path, 'utf8');
  const started = performance.now();
  if (lines) {
    for (const line of text.split('\n')) if (line) JSON.parse(line);
  } else {
    JSON.parse(text.slice(text.indexOf('=') + 1));
  }
  return performance.now() - started;
}

/** The search floor for paths: breadth-first search over typed arrays of the same graph. */
export function bfsFloorMs(db: Db, sources: number[], target: number, maxDepth: number): number {
  const maxId = Number(db.prepare('SELECT max(id) FROM accounts').pluck().get());
  const degree = new Int32Array(maxId + 2);
  const edges = db.prepare<[], [number, number]>('SELECT follower_id, followee_id FROM follows').raw().all();
  for (const [a, b] of edges) {
    degree[a + 1]! += 1;
    degree[b + 1]! += 1;
  }
  for (let i = 1; i < degree.length; i += 1) degree[i]! += degree[i - 1]!;
  const offsets = degree.slice();
  const neighbours = new Int32Array(edges.length * 2);
  for (const [a, b] of edges) {
    neighbours[offsets[a]!++] = b;
    neighbours[offsets[b]!++] = a;
  }
  const started = performance.now();
  const depth = new Int8Array(maxId + 1).fill(-1);
  let frontier = sources;
  for (const s of sources) depth[s] = 0;
  for (let d = 1; d <= maxDepth && frontier.length && depth[target] === -1; d += 1) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let e = degree[node]!; e < degree[node + 1]!; e += 1) {
        const n = neighbours[e]!;
        if (depth[n] === -1) {
          depth[n] = d;
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return performance.now() - started;
}
