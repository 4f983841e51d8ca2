import type { HopGraphs, SortedHops, TieGraph } from './referral-paths';
import { hopOf, MAX_TIE } from './tie-strength';

/** Adjacency lists in one array: the neighbours of `n` are `targets[offsets[n] .. offsets[n + 1])`, ascending. */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  /** Numbers per entry of `targets` (interactions: weight given, weight received), moved with them. */
  columns: Float64Array[];
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
  columns: readonly Float64Array[] = [],
): Adjacency {
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < count; i += 1) offsets[from[i]! + 1]! += 1;
  for (let n = 0; n < size; n += 1) offsets[n + 1]! += offsets[n]!;
  const cursor = offsets.slice(0, size);
  const targets = new Int32Array(count);
  const sortedColumns = columns.map(() => new Float64Array(count));
  for (let i = 0; i < count; i += 1) {
    const at = cursor[from[i]!]!++;
    targets[at] = to[i]!;
    for (let c = 0; c < columns.length; c += 1) sortedColumns[c]![at] = columns[c]![i]!;
  }
  for (let n = 0; n < size; n += 1) sortSegment(targets, sortedColumns, offsets[n]!, offsets[n + 1]!);
  return { offsets, targets, columns: sortedColumns };
}

function sortSegment(targets: Int32Array, columns: Float64Array[], start: number, end: number) {
  let sorted = true;
  for (let i = start + 1; i < end && sorted; i += 1) sorted = targets[i - 1]! <= targets[i]!;
  if (sorted) return;
  if (columns.length === 0) {
    targets.subarray(start, end).sort();
    return;
  }
  const order = Array.from({ length: end - start }, (_, i) => start + i).sort(
    (a, b) => targets[a]! - targets[b]!,
  );
  const t = order.map((i) => targets[i]!);
  for (const column of columns)
    column.set(
      order.map((i) => column[i]!),
      start,
    );
  targets.set(t, start);
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

/** An account's hops out, strongest first, with `warm[i]` 1 where the next person knows the account. */
export interface SortedHopsOut extends SortedHops {
  readonly nodes: Int32Array;
  readonly strengths: Float64Array;
  readonly warm: Uint8Array;
}

/** How many hops the index keeps sorted at most (about 13 bytes each, per view twice that). */
const HOP_CACHE_ENTRIES = 2_000_000;

/** Interactions' columns: what the list's owner did to the partner, and what the partner did to the owner. */
const GIVEN = 0;
const RECEIVED = 1;

/** One hop between an account and a partner, out of the account or into it. */
type HopVisit = (partner: number, strength: number, warm: boolean) => void;

/**
 * The whole workspace's tie graph in typed arrays: who follows whom (both directions) and the
 * summed interaction weight each account gave every other. Path search reads it without SQL,
 * through two views (`hops`, `warmHops`); hops are computed with the one formula in tie-strength.ts.
 */
export class TieIndex implements HopGraphs {
  readonly hops: TieGraph;
  readonly warmHops: TieGraph;
  private readonly hopsOutKept = new Map<number, SortedHopsOut>();
  private hopsOutEntries = 0;

  constructor(
    /** Account ids are below `size`. */
    readonly size: number,
    private readonly followees: Adjacency,
    private readonly followers: Adjacency,
    /** Every pair that interacted, both ways, with the columns GIVEN and RECEIVED. */
    private readonly interactions: Adjacency,
    /** Each account's follower count as its profile states it, −1 when unknown. */
    private readonly reach: Int32Array = new Int32Array(0),
  ) {
    this.hops = new HopView(this, false);
    this.warmHops = new HopView(this, true);
  }

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

  /** The summed, decayed weight of what `actor` did to `other` (0 when nothing). */
  interactionWeight(actor: number, other: number): number {
    if (actor >= this.size || actor < 0) return 0;
    const { offsets, targets, columns } = this.interactions;
    const at = find(targets, offsets[actor]!, offsets[actor + 1]!, other);
    return at < 0 ? 0 : columns[GIVEN]![at]!;
  }

  /** The hop from a to b: its strength, and whether b knows a. */
  hop(a: number, b: number): { strength: number; warm: boolean } {
    if (a === b || a >= this.size || a < 0) return { strength: 0, warm: false };
    const { offsets, targets, columns } = this.interactions;
    const at = find(targets, offsets[a]!, offsets[a + 1]!, b);
    const byA = at < 0 ? 0 : columns[GIVEN]![at]!;
    const byB = at < 0 ? 0 : columns[RECEIVED]![at]!;
    return hopOf(this.follows(a, b), this.follows(b, a), byA, byB);
  }

  /** How many follow this account in the index (the prospect's followers, for instance). */
  followerCount(node: number): number {
    return node < this.size && node >= 0
      ? this.followers.offsets[node + 1]! - this.followers.offsets[node]!
      : 0;
  }

  /**
   * Walks the three ascending lists of `node` at once: each partner once, with the hop from
   * `node` to the partner (`out`) or from the partner to `node`.
   */
  eachHop(node: number, direction: 'out' | 'in', visit: HopVisit): void {
    if (node >= this.size || node < 0) return;
    const out = this.followees;
    const inn = this.followers;
    const act = this.interactions;
    const given = act.columns[GIVEN]!;
    const received = act.columns[RECEIVED]!;
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
      const nodeFollows = a === partner;
      const partnerFollows = b === partner;
      const byNode = c === partner ? given[k]! : 0;
      const byPartner = c === partner ? received[k]! : 0;
      if (nodeFollows) i += 1;
      if (partnerFollows) j += 1;
      if (c === partner) k += 1;
      if (partner === node) continue;
      const hop =
        direction === 'out'
          ? hopOf(nodeFollows, partnerFollows, byNode, byPartner)
          : hopOf(partnerFollows, nodeFollows, byPartner, byNode);
      visit(partner, hop.strength, hop.warm);
    }
  }

  /**
   * Every hop out of `node` with a strength, strongest first (equal strengths by ascending id, the
   * order `eachHop` walks them), and whether each is warm. Built once per account and kept: the
   * index never changes, and every search (the warm one, then the one over all hops, then the next
   * person's) walks the same accounts. Bounded: past HOP_CACHE_ENTRIES the kept lists start again.
   */
  hopsOut(node: number): SortedHopsOut {
    let known = this.hopsOutKept.get(node);
    if (known) return known;
    const partners: number[] = [];
    const strengths: number[] = [];
    const warm: boolean[] = [];
    this.eachHop(node, 'out', (partner, strength, isWarm) => {
      if (strength <= 0) return;
      partners.push(partner);
      strengths.push(strength);
      warm.push(isWarm);
    });
    const order = partners.map((_, i) => i).sort((a, b) => strengths[b]! - strengths[a]! || a - b);
    known = {
      nodes: Int32Array.from(order, (i) => partners[i]!),
      strengths: Float64Array.from(order, (i) => strengths[i]!),
      warm: Uint8Array.from(order, (i) => (warm[i] ? 1 : 0)),
    };
    if (this.hopsOutEntries + order.length > HOP_CACHE_ENTRIES) {
      this.hopsOutKept.clear();
      this.hopsOutEntries = 0;
    }
    this.hopsOutKept.set(node, known);
    this.hopsOutEntries += order.length;
    return known;
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

/** The index seen as hops: every one, or only the warm ones. */
class HopView implements TieGraph {
  readonly maxTie = MAX_TIE;
  /** Each account's strongest hop out, worked out once per account and kept (−1: not yet). */
  private strongestOut: Float64Array | undefined;
  private readonly strongestIn = new Map<number, number>();
  /** The warm subsets of the index's sorted lists, kept as long as those are. */
  private readonly warmKept = new WeakMap<SortedHopsOut, SortedHops>();

  constructor(
    private readonly index: TieIndex,
    private readonly warmOnly: boolean,
  ) {}

  tie(a: number, b: number): number {
    const { strength, warm } = this.index.hop(a, b);
    return this.warmOnly && !warm ? 0 : strength;
  }

  sortedHops(node: number): SortedHops {
    const all = this.index.hopsOut(node);
    if (!this.warmOnly) return all;
    // The warm ones in the same order: a stable sort of a subset is the subset of the sort.
    let known = this.warmKept.get(all);
    if (!known) {
      let count = 0;
      for (let i = 0; i < all.warm.length; i += 1) count += all.warm[i]!;
      const nodes = new Int32Array(count);
      const strengths = new Float64Array(count);
      for (let i = 0, at = 0; i < all.warm.length; i += 1) {
        if (!all.warm[i]) continue;
        nodes[at] = all.nodes[i]!;
        strengths[at++] = all.strengths[i]!;
      }
      known = { nodes, strengths };
      this.warmKept.set(all, known);
    }
    return known;
  }

  neighbours(node: number): { node: number; strength: number }[] {
    const result: { node: number; strength: number }[] = [];
    this.index.eachHop(node, 'out', (partner, strength, warm) => {
      if (strength > 0 && (warm || !this.warmOnly)) result.push({ node: partner, strength });
    });
    return result;
  }

  strongest(node: number): number {
    if (node >= this.index.size || node < 0) return 0;
    this.strongestOut ??= new Float64Array(this.index.size).fill(-1);
    let known = this.strongestOut[node]!;
    if (known < 0) {
      known = 0;
      this.index.eachHop(node, 'out', (_, strength, warm) => {
        if (strength > known && (warm || !this.warmOnly)) known = strength;
      });
      this.strongestOut[node] = known;
    }
    return known;
  }

  /** Asked for the prospect, once per search: kept per account in a small map. */
  strongestInto(node: number): number {
    const known = this.strongestIn.get(node);
    if (known !== undefined) return known;
    let best = 0;
    this.index.eachHop(node, 'in', (_, strength, warm) => {
      if (strength > best && (warm || !this.warmOnly)) best = strength;
    });
    this.strongestIn.set(node, best);
    return best;
  }
}
