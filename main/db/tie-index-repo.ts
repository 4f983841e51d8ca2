import { buildAdjacency, TieIndex } from '../analysis/tie-index';
import { interactionWeight, type InteractionKind } from '../analysis/tie-strength';
import type { Db } from './sqlite';

/** Every interaction between two accounts, once each: [actor, other, when, kind]. */
const ALL_INTERACTIONS = `
  SELECT author_id, reply_to_account_id, created_at, 'reply'
    FROM posts WHERE reply_to_account_id IS NOT NULL AND author_id IS NOT NULL
  UNION ALL
  SELECT p.author_id, m.account_id, p.created_at, 'mention'
    FROM post_mentions m JOIN posts p ON p.id = m.post_id WHERE p.author_id IS NOT NULL
  UNION ALL
  SELECT l.account_id, p.author_id, coalesce(l.liked_at, p.created_at), 'like'
    FROM likes l JOIN posts p ON p.id = l.post_id WHERE p.author_id IS NOT NULL
  UNION ALL
  SELECT p.author_id, q.author_id, p.created_at, p.kind
    FROM posts p INDEXED BY posts_by_referenced
      JOIN posts q ON q.network = p.network AND q.external_id = p.referenced_post
    WHERE p.referenced_post IS NOT NULL AND p.kind IN ('quote', 'repost')
      AND p.author_id IS NOT NULL AND q.author_id IS NOT NULL`;

/** An Int32Array that grows as rows stream in. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Reads the workspace's follows and interactions into a TieIndex: one pass over each, rows
 * streamed (never held as objects), interaction weights decayed as of `now`.
 */
export function loadTieIndex(db: Db, now: number = Date.now()): TieIndex {
  const size = Number(db.prepare('SELECT coalesce(max(id), 0) FROM accounts').pluck().get()) + 1;

  const followers = new IntBuffer();
  const followees = new IntBuffer();
  if (size * size < Number.MAX_SAFE_INTEGER) {
    // One number per edge (follower·size + followee): no array per row, three times faster.
    const keys = db
      .prepare<[number], number>('SELECT follower_id * ? + followee_id FROM follows')
      .pluck()
      .all(size);
    for (const key of keys) {
      const follower = Math.floor(key / size);
      followers.push(follower);
      followees.push(key - follower * size);
    }
  } else {
    const follows = db.prepare<[], [number, number]>('SELECT follower_id, followee_id FROM follows').raw();
    for (const [follower, followee] of follows.iterate()) {
      followers.push(follower);
      followees.push(followee);
    }
  }
  const out = buildAdjacency(size, followers.data, followees.data, followers.length);
  const inn = buildAdjacency(size, followees.data, followers.data, followers.length);

  // Pairs keyed low·size + high, with what each end did to the other (hops have a direction).
  const slots = new Map<number, number>();
  const byLow: number[] = [];
  const byHigh: number[] = [];
  const rows = db.prepare<[], [number, number, string | null, InteractionKind]>(ALL_INTERACTIONS).raw();
  for (const [actor, other, at, kind] of rows.iterate()) {
    if (actor === other) continue;
    const key = actor < other ? actor * size + other : other * size + actor;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = byLow.push(0) - 1;
      byHigh.push(0);
      slots.set(key, slot);
    }
    const weight = interactionWeight(kind, at ?? undefined, now);
    if (actor < other) byLow[slot]! += weight;
    else byHigh[slot]! += weight;
  }
  const keys = Float64Array.from(slots.keys()).sort();
  const from = new Int32Array(keys.length * 2);
  const to = new Int32Array(keys.length * 2);
  const given = new Float64Array(keys.length * 2);
  const received = new Float64Array(keys.length * 2);
  keys.forEach((key, i) => {
    const low = Math.floor(key / size);
    const high = key - low * size;
    const slot = slots.get(key)!;
    from[2 * i] = low;
    to[2 * i] = high;
    given[2 * i] = byLow[slot]!;
    received[2 * i] = byHigh[slot]!;
    from[2 * i + 1] = high;
    to[2 * i + 1] = low;
    given[2 * i + 1] = byHigh[slot]!;
    received[2 * i + 1] = byLow[slot]!;
  });
  const interactions = buildAdjacency(size, from, to, from.length, [given, received]);

  // Two aligned columns (both in rowid order) read faster than one row object per account.
  const reach = new Int32Array(size).fill(-1);
  const stated = 'FROM accounts WHERE followers_count IS NOT NULL ORDER BY id';
  const ids = db.prepare<[], number>(`SELECT id ${stated}`).pluck().all();
  const counts = db.prepare<[], number>(`SELECT followers_count ${stated}`).pluck().all();
  ids.forEach((id, i) => (reach[id] = Math.min(counts[i]!, 2 ** 31 - 1)));
  return new TieIndex(size, out, inn, interactions, reach);
}
