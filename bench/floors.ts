import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../main/db/sqlite';

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
