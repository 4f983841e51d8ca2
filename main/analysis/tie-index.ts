import type { TieGraph } from './referral-paths';
import { followBase, MAX_TIE, strengthOf } from './tie-strength';

/** Adjacency lists in one array: the neighbours of `n` are `targets[offsets[n] .. offsets[n + 1])`, ascending. */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  /** Per entry of `targets` (interactions only): the summed, decayed interaction weight. */
  weights?: Float64Array;
}

/**
 * Groups `count` entries by `from` (a stable counting sort), so that each account's list keeps
 * the order the entries came in; lists are then sorted where they were not already.
 */
export function buildAdjacency(
  size: number,
  from: Int32Array,
  to: Int32Array,
  count: number,
  weights?: Float64Array,
): Adjacency {
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < count; i += 1) offsets[from[i]! + 1]! += 1;
  for (let n = 0; n < size; n += 1) offsets[n + 1]! += offsets[n]!;
  const cursor = offsets.slice(0, size);
  const targets = new Int32Array(count);
  const sortedWeights = weights ? new Float64Array(count) : undefined;
  for (let i = 0; i < count; i += 1) {
    const at = cursor[from[i]!]!++;
    targets[at] = to[i]!;
    if (sortedWeights) sortedWeights[at] = weights![i]!;
  }
  for (let n = 0; n < size; n += 1) sortSegment(targets, sortedWeights, offsets[n]!, offsets[n + 1]!);
  return { offsets, targets, ...(sortedWeights ? { weights: sortedWeights } : {}) };
}

function sortSegment(targets: Int32Array, weights: Float64Array | undefined, start: number, end: number) {
  let sorted = true;
  for (let i = start + 1; i < end && sorted; i += 1) sorted = targets[i - 1]! <= targets[i]!;
  if (sorted) return;
  if (!weights) {
    targets.subarray(start, end).sort();
    return;
  }
  const order = Array.from({ length: end - start }, (_, i) => start + i).sort(
    (a, b) => targets[a]! - targets[b]!,
  );
  const t = order.map((i) => targets[i]!);
  const w = order.map((i) => weights[i]!);
  targets.set(t, start);
  weights.set(w, start);
}

/** Position of `value` in the ascending slice, or -1. */
function find(list: Int32Array, start: number, end: number, value: number): number {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = list[mid]!;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The whole workspace's tie graph in typed arrays: who follows whom (both directions) and the
 * summed interaction weight of every pair that interacted. Path search reads it without SQL;
 * ties are computed with the one formula in tie-strength.ts.
 */
export class TieIndex implements TieGraph {
  readonly maxTie = MAX_TIE;

  constructor(
    /** Account ids are below `size`. */
    readonly size: number,
    private readonly followees: Adjacency,
    private readonly followers: Adjacency,
    private readonly interactions: Adjacency,
    /** Each account's follower count as its profile states it, −1 when unknown. */
    private readonly reach: Int32Array = new Int32Array(0),
  ) {}

  /** Each account's stated follower count by id, −1 when unknown (read-only). */
  get reachById(): Int32Array {
    return this.reach;
  }

  private has(list: Adjacency, node: number, other: number): boolean {
    if (node >= this.size || node < 0) return false;
    return find(list.targets, list.offsets[node]!, list.offsets[node + 1]!, other) >= 0;
  }

  follows(follower: number, followee: number): boolean {
    return this.has(this.followees, follower, followee);
  }

  /** The summed interaction weight between two accounts (0 when they never interacted). */
  weight(a: number, b: number): number {
    if (a >= this.size || a < 0) return 0;
    const { offsets, targets, weights } = this.interactions;
    const at = find(targets, offsets[a]!, offsets[a + 1]!, b);
    return at < 0 ? 0 : weights![at]!;
  }

  tie(a: number, b: number): number {
    if (a === b) return 0;
    return strengthOf(followBase(this.follows(a, b), this.follows(b, a)), this.weight(a, b));
  }

  /** How many follow this account in the index (the prospect's followers, for instance). */
  followerCount(node: number): number {
    return node < this.size && node >= 0
      ? this.followers.offsets[node + 1]! - this.followers.offsets[node]!
      : 0;
  }

  /** Every account tied to `node`, by a follow in either direction or an interaction. */
  neighbours(node: number): { node: number; strength: number }[] {
    const result: { node: number; strength: number }[] = [];
    this.eachNeighbour(node, (partner, strength) => result.push({ node: partner, strength }));
    return result;
  }

  /** The strongest tie `node` has to anyone (0 for none), worked out once per account and kept. */
  strongest(node: number): number {
    if (node >= this.size || node < 0) return 0;
    this.strongestTie ??= new Float64Array(this.size).fill(-1);
    let known = this.strongestTie[node]!;
    if (known < 0) {
      known = 0;
      this.eachNeighbour(node, (_, strength) => {
        if (strength > known) known = strength;
      });
      this.strongestTie[node] = known;
    }
    return known;
  }

  private strongestTie: Float64Array | undefined;

  /** Walks the three ascending lists of `node` at once: each partner once, with its whole evidence. */
  private eachNeighbour(node: number, visit: (partner: number, strength: number) => void): void {
    if (node >= this.size || node < 0) return;
    const out = this.followees;
    const inn = this.followers;
    const act = this.interactions;
    let i = out.offsets[node]!;
    const iEnd = out.offsets[node + 1]!;
    let j = inn.offsets[node]!;
    const jEnd = inn.offsets[node + 1]!;
    let k = act.offsets[node]!;
    const kEnd = act.offsets[node + 1]!;
    while (i < iEnd || j < jEnd || k < kEnd) {
      const a = i < iEnd ? out.targets[i]! : Infinity;
      const b = j < jEnd ? inn.targets[j]! : Infinity;
      const c = k < kEnd ? act.targets[k]! : Infinity;
      const partner = Math.min(a, b, c);
      const aFollowsB = a === partner;
      const bFollowsA = b === partner;
      const weight = c === partner ? act.weights![k]! : 0;
      if (aFollowsB) i += 1;
      if (bFollowsA) j += 1;
      if (c === partner) k += 1;
      if (partner === node) continue;
      const strength = strengthOf(followBase(aFollowsB, bFollowsA), weight);
      if (strength > 0) visit(partner, strength);
    }
  }

  /** The accounts that follow `node`, ascending ids (a view, not a copy). */
  followersOf(node: number): Int32Array {
    if (node >= this.size || node < 0) return new Int32Array(0);
    return this.followers.targets.subarray(this.followers.offsets[node]!, this.followers.offsets[node + 1]!);
  }

  /** The accounts `node` follows, ascending ids (a view, not a copy). */
  followeesOf(node: number): Int32Array {
    if (node >= this.size || node < 0) return new Int32Array(0);
    return this.followees.targets.subarray(this.followees.offsets[node]!, this.followees.offsets[node + 1]!);
  }
}
