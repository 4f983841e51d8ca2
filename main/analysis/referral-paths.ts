/**
 * Ranking referral paths: the best paths from the user's people to a prospect, where a path's
 * score is the product of its tie strengths (so: the shortest paths on −log strength), and every
 * path whose hops are all warm ranks above every path with a cold hop.
 *
 * The search is a best-first enumeration of simple paths with branch-and-bound on the k-th best
 * score, which is exact (every path that could enter the top k is explored).
 */

/** Directed hops: from an account to those it could introduce the user onward to. */
export interface TieGraph {
  /** The hops out of `node`, with each hop's strength in (0, 1]. */
  neighbours(node: number): Iterable<{ node: number; strength: number }>;
  /** The strength of the hop from a to b, 0 when there is none (the prospect's side is looked up, not walked). */
  tie(a: number, b: number): number;
  /** The strongest hop the graph can have (default 1): lets the search stop a branch early. */
  readonly maxTie?: number;
  /** At least the strongest hop out of `node` (default maxTie): a tighter bound. */
  strongest?(node: number): number;
  /** At least the strongest hop into `node` (default maxTie): bounds every path's last hop. */
  strongestInto?(node: number): number;
  /**
   * `neighbours(node)` strongest first, equal strengths in the order `neighbours` gives them: a
   * graph that keeps these saves every search sorting them again (the tie index does).
   */
  sortedHops?(node: number): SortedHops;
}

/** An account's hops strongest first: to `nodes[i]` with `strengths[i]`. */
export interface SortedHops {
  readonly nodes: ArrayLike<number>;
  readonly strengths: ArrayLike<number>;
}

/** `neighbours` in the order a search walks them (a stable sort, strongest first). */
export function sortHops(neighbours: Iterable<{ node: number; strength: number }>): SortedHops {
  const list = [...neighbours].sort((a, b) => b.strength - a.strength);
  return { nodes: list.map((n) => n.node), strengths: list.map((n) => n.strength) };
}

/** The same accounts twice: every hop, and only the warm ones (where the next person knows the earlier). */
export interface HopGraphs {
  hops: TieGraph;
  warmHops: TieGraph;
}

export interface PathSource {
  /** The account the path starts from (the user's own account or one of their people's). */
  node: number;
  /** The user's tie to that account's person (1 for the user's own accounts). */
  strength: number;
  /** Whether that account counts as an intermediary (a person does; the user does not). */
  countsAsIntermediary: boolean;
  /**
   * People before this account who count as intermediaries too (a colleague whose relationship
   * file names the account's person: you → colleague → their person), default 0.
   */
  before?: number;
}

export interface FoundPath {
  /** Accounts from the source to the prospect, both included. */
  nodes: number[];
  /** Tie strengths along the path: first the user's tie to the source, then each hop's. */
  ties: number[];
  score: number;
}

export interface RankedPath extends FoundPath {
  /** Whether any hop is cold. */
  cold: boolean;
  /** Per hop (nodes[i] to nodes[i + 1]): the next person does not know the earlier one. */
  coldHops: boolean[];
}

export interface PathSearchOptions {
  /** How many paths to return (default 5). */
  limit?: number;
  /** People between the user and the prospect, at most (default 3). */
  maxIntermediaries?: number;
}

/**
 * What searches learn about one graph and one prospect (the prospect's ties, the bound through one
 * more account, sorted hops), kept from one search to the next of the same two: all the ways in
 * run one search per person.
 */
export class PathSearchMemo {
  /** Every path ends with a hop into the prospect, none stronger than this. */
  readonly intoTarget: number;
  private readonly targetTies = new Map<number, number>();
  private readonly viaOne = new Map<number, number>();
  private readonly sorted = new Map<number, SortedHops>();

  constructor(
    readonly graph: TieGraph,
    readonly target: number,
  ) {
    const maxTie = graph.maxTie ?? 1;
    this.intoTarget = Math.min(maxTie, graph.strongestInto?.(target) ?? maxTie);
  }

  /** The prospect's own ties are looked up, never walked: a prospect may have a million followers. */
  tieToTarget(node: number): number {
    let strength = this.targetTies.get(node);
    if (strength === undefined) {
      strength = this.graph.tie(node, this.target);
      this.targetTies.set(node, strength);
    }
    return strength;
  }

  hopsOf(node: number): SortedHops {
    if (this.graph.sortedHops) return this.graph.sortedHops(node);
    let hops = this.sorted.get(node);
    if (!hops) {
      hops = sortHops(this.graph.neighbours(node));
      this.sorted.set(node, hops);
    }
    return hops;
  }

  /**
   * The best way from an account into the prospect through exactly one more account, ignoring
   * whether that account is already on the path: an upper bound, computed once per account.
   */
  bestViaOne(node: number): number {
    let bound = this.viaOne.get(node);
    if (bound === undefined) {
      bound = 0;
      const { nodes, strengths } = this.hopsOf(node);
      for (let i = 0; i < nodes.length; i += 1) {
        const next = nodes[i]!;
        if (strengths[i]! * this.intoTarget <= bound) break;
        if (next !== this.target) bound = Math.max(bound, strengths[i]! * this.tieToTarget(next));
      }
      this.viaOne.set(node, bound);
    }
    return bound;
  }
}

/** The top paths to `target`, best first; at most one path per sequence of accounts. */
export function findReferralPaths(
  graph: TieGraph,
  sources: readonly PathSource[],
  target: number,
  options: PathSearchOptions = {},
  memo: PathSearchMemo = new PathSearchMemo(graph, target),
): FoundPath[] {
  const limit = options.limit ?? 5;
  const maxIntermediaries = options.maxIntermediaries ?? 3;
  const best: FoundPath[] = [];
  const floor = () => (best.length < limit ? 0 : best[best.length - 1]!.score);
  const maxTie = graph.maxTie ?? 1;
  const strongest = (node: number) => graph.strongest?.(node) ?? maxTie;
  const { intoTarget } = memo;
  const tieToTarget = (node: number) => memo.tieToTarget(node);

  const keep = (path: FoundPath) => {
    best.push(path);
    best.sort((a, b) => b.score - a.score || a.nodes.length - b.nodes.length);
    if (best.length > limit) best.pop();
  };

  // Strong sources first: good paths appear early and tighten the bound sooner. An account given
  // twice (two people share it) starts its paths once, with the closer person's tie.
  const ordered = [...sources]
    .sort((a, b) => b.strength - a.strength)
    .filter((s, i, all) => all.findIndex((o) => o.node === s.node) === i);
  for (const source of ordered) {
    if (source.node === target || source.strength <= floor()) continue;
    // Edges allowed from the source to the target: every account in between is an intermediary.
    const maxEdges = maxIntermediaries - (source.countsAsIntermediary ? 1 : 0) - (source.before ?? 0) + 1;
    if (maxEdges < 1) continue;
    const nodes = [source.node];
    const ties = [source.strength];
    const onPath = new Set(nodes);

    const extend = (score: number) => {
      const last = nodes[nodes.length - 1]!;
      const lastTie = tieToTarget(last);
      if (lastTie > 0 && score * lastTie > floor()) {
        keep({ nodes: [...nodes, target], ties: [...ties, lastTie], score: score * lastTie });
      }
      // Edges still allowed, counting the final one into the prospect.
      const room = maxEdges - (nodes.length - 1);
      if (room < 2) return;
      // Going on takes at least a tie out of this account and one into the prospect.
      if (score * strongest(last) * intoTarget <= floor()) return;
      if (room === 2) {
        // One more account at most, and it must be tied to the prospect itself.
        if (score * memo.bestViaOne(last) <= floor()) return;
        const hops = memo.hopsOf(last);
        for (let i = 0; i < hops.nodes.length; i += 1) {
          const node = hops.nodes[i]!;
          const strength = hops.strengths[i]!;
          const nextScore = score * strength;
          if (nextScore * intoTarget <= floor()) break; // sorted strongest first
          if (node === target || onPath.has(node)) continue;
          const closing = tieToTarget(node);
          if (closing > 0 && nextScore * closing > floor()) {
            keep({
              nodes: [...nodes, node, target],
              ties: [...ties, strength, closing],
              score: nextScore * closing,
            });
          }
        }
        return;
      }
      const hops = memo.hopsOf(last);
      for (let i = 0; i < hops.nodes.length; i += 1) {
        const node = hops.nodes[i]!;
        const strength = hops.strengths[i]!;
        const nextScore = score * strength;
        // Sorted strongest first, and at least one more tie (to the prospect) follows: once this
        // cannot beat the k-th best path, no later neighbour can.
        if (nextScore * intoTarget <= floor()) break;
        if (node === target || onPath.has(node)) continue;
        nodes.push(node);
        ties.push(strength);
        onPath.add(node);
        extend(nextScore);
        onPath.delete(node);
        ties.pop();
        nodes.pop();
      }
    };
    extend(source.strength);
  }
  return best;
}

/**
 * The top paths, warm ones first. Exact in two searches: the top warm paths; then, when fewer
 * than `limit` exist, the top `limit` paths of all, whose cold ones are the best cold paths
 * (all the warm ones are already known, and fewer than `limit`).
 */
export function rankReferralPaths(
  graphs: HopGraphs,
  sources: readonly PathSource[],
  target: number,
  options: PathSearchOptions = {},
): RankedPath[] {
  return referralPathRanker(graphs, target)(sources, options);
}

/**
 * `rankReferralPaths` for one prospect, any number of times: what one search learns about the
 * graph and the prospect serves the next (all the ways in search once per person).
 */
export function referralPathRanker(
  graphs: HopGraphs,
  target: number,
): (sources: readonly PathSource[], options?: PathSearchOptions) => RankedPath[] {
  let warmMemo: PathSearchMemo | undefined;
  let allMemo: PathSearchMemo | undefined;
  return (sources, options = {}) => {
    const limit = options.limit ?? 5;
    warmMemo ??= new PathSearchMemo(graphs.warmHops, target);
    const warm = findReferralPaths(graphs.warmHops, sources, target, options, warmMemo);
    const ranked: RankedPath[] = warm.map((p) => ({
      ...p,
      cold: false,
      coldHops: p.ties.slice(1).map(() => false),
    }));
    if (warm.length >= limit) return ranked;
    allMemo ??= new PathSearchMemo(graphs.hops, target);
    for (const path of findReferralPaths(graphs.hops, sources, target, options, allMemo)) {
      const coldHops = path.nodes.slice(1).map((to, i) => graphs.warmHops.tie(path.nodes[i]!, to) === 0);
      if (coldHops.some(Boolean)) ranked.push({ ...path, cold: true, coldHops });
    }
    return ranked.slice(0, limit);
  };
}
