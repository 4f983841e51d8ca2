/**
 * Ranking referral paths: the best paths from the user's people to a prospect, where a path's
 * score is the product of its tie strengths (so: the shortest paths on −log strength).
 *
 * The graph given here is already cut to the prospect's neighbourhood by the caller; the search
 * is a best-first enumeration of simple paths with branch-and-bound on the k-th best score,
 * which is exact (every path that could enter the top k is explored).
 */

export interface TieGraph {
  /** Accounts tied to `node`, with the tie's strength in (0, 1]. */
  neighbours(node: number): Iterable<{ node: number; strength: number }>;
  /** The strength of one tie, 0 when there is none (the prospect's side is looked up, not walked). */
  tie(a: number, b: number): number;
}

export interface PathSource {
  /** The account the path starts from (the user's own account or one of their people's). */
  node: number;
  /** The user's tie to that account's person (1 for the user's own accounts). */
  strength: number;
  /** Whether that account counts as an intermediary (a person does; the user does not). */
  countsAsIntermediary: boolean;
}

export interface FoundPath {
  /** Accounts from the source to the prospect, both included. */
  nodes: number[];
  /** Tie strengths along the path: first the user's tie to the source, then each hop's. */
  ties: number[];
  score: number;
}

export interface PathSearchOptions {
  /** How many paths to return (default 5). */
  limit?: number;
  /** People between the user and the prospect, at most (default 3). */
  maxIntermediaries?: number;
}

/** The top paths to `target`, best first; at most one path per sequence of accounts. */
export function findReferralPaths(
  graph: TieGraph,
  sources: readonly PathSource[],
  target: number,
  options: PathSearchOptions = {},
): FoundPath[] {
  const limit = options.limit ?? 5;
  const maxIntermediaries = options.maxIntermediaries ?? 3;
  const best: FoundPath[] = [];
  const floor = () => (best.length < limit ? 0 : best[best.length - 1]!.score);

  const keep = (path: FoundPath) => {
    best.push(path);
    best.sort((a, b) => b.score - a.score || a.nodes.length - b.nodes.length);
    if (best.length > limit) best.pop();
  };

  // The prospect's own ties are looked up, never walked: a prospect may have a million followers.
  const targetTies = new Map<number, number>();
  const tieToTarget = (node: number) => {
    let strength = targetTies.get(node);
    if (strength === undefined) {
      strength = graph.tie(node, target);
      targetTies.set(node, strength);
    }
    return strength;
  };
  const sorted = new Map<number, { node: number; strength: number }[]>();
  const neighboursOf = (node: number) => {
    let list = sorted.get(node);
    if (!list) {
      list = [...graph.neighbours(node)].sort((a, b) => b.strength - a.strength);
      sorted.set(node, list);
    }
    return list;
  };

  // Strong sources first: good paths appear early and tighten the bound sooner.
  const ordered = [...sources].sort((a, b) => b.strength - a.strength);
  for (const source of ordered) {
    if (source.node === target || source.strength <= floor()) continue;
    // Edges allowed from the source to the target: every account in between is an intermediary.
    const maxEdges = maxIntermediaries - (source.countsAsIntermediary ? 1 : 0) + 1;
    if (maxEdges < 1) continue;
    const nodes = [source.node];
    const ties = [source.strength];
    const onPath = new Set(nodes);

    const extend = (score: number) => {
      const last = nodes[nodes.length - 1]!;
      const edges = nodes.length - 1;
      const lastTie = tieToTarget(last);
      if (lastTie > 0 && score * lastTie > floor()) {
        keep({ nodes: [...nodes, target], ties: [...ties, lastTie], score: score * lastTie });
      }
      // Going one account further needs two more edges: to it, then from it to the target.
      if (edges + 2 > maxEdges) return;
      for (const { node, strength } of neighboursOf(last)) {
        const nextScore = score * strength;
        if (nextScore <= floor()) break; // sorted strongest first: the rest score lower still
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
  // Two sources can be the same person's accounts; identical account sequences collapse.
  const seen = new Set<string>();
  return best.filter((p) => {
    const key = p.nodes.join('>');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
