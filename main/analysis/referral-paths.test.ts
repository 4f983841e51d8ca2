import { describe, expect, it } from 'vitest';
import { findReferralPaths, type PathSource, type TieGraph } from './referral-paths';
import { relationshipTie, tieStrength } from './tie-strength';

/** An undirected graph from [a, b, strength] triples. */
function graphOf(edges: [number, number, number][]): TieGraph {
  const adjacency = new Map<number, { node: number; strength: number }[]>();
  const add = (a: number, b: number, strength: number) => {
    const list = adjacency.get(a) ?? [];
    list.push({ node: b, strength });
    adjacency.set(a, list);
  };
  for (const [a, b, s] of edges) {
    add(a, b, s);
    add(b, a, s);
  }
  return {
    neighbours: (node) => adjacency.get(node) ?? [],
    tie: (a, b) => adjacency.get(a)?.find((n) => n.node === b)?.strength ?? 0,
  };
}

const me = (node: number): PathSource => ({ node, strength: 1, countsAsIntermediary: false });
const person = (node: number, strength: number): PathSource => ({
  node,
  strength,
  countsAsIntermediary: true,
});
const P = 100;

describe('tie strength', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');
  const noInteractions = { interactions: [] };

  it('a mutual follow beats a one-way follow, which beats nothing', () => {
    const mutual = tieStrength({ aFollowsB: true, bFollowsA: true, ...noInteractions }, now);
    const oneWay = tieStrength({ aFollowsB: true, bFollowsA: false, ...noInteractions }, now);
    expect(mutual).toBeGreaterThan(oneWay);
    expect(oneWay).toBeGreaterThan(0);
    expect(tieStrength({ aFollowsB: false, bFollowsA: false, ...noInteractions }, now)).toBe(0);
  });

  it('interactions raise a tie, recent ones more than old ones, and it never reaches 1', () => {
    const base = { aFollowsB: true, bFollowsA: false };
    const recent = tieStrength(
      { ...base, interactions: [{ kind: 'reply', from: 'b', at: '2026-05-01T00:00:00Z' }] },
      now,
    );
    const old = tieStrength(
      { ...base, interactions: [{ kind: 'reply', from: 'b', at: '2020-05-01T00:00:00Z' }] },
      now,
    );
    const plain = tieStrength({ ...base, interactions: [] }, now);
    expect(recent).toBeGreaterThan(old);
    expect(old).toBeGreaterThan(plain);
    const flood = Array.from({ length: 500 }, () => ({
      kind: 'reply' as const,
      from: 'a' as const,
      at: '2026-05-01T00:00:00Z',
    }));
    expect(tieStrength({ ...base, interactions: flood }, now)).toBe(0.95);
  });

  it('a colleague is a stronger start than a customer, and the user can override it', () => {
    expect(relationshipTie('colleague', null)).toBeGreaterThan(relationshipTie('customer', null));
    expect(relationshipTie('customer', 0.99)).toBe(0.99);
  });
});

describe('referral paths', () => {
  it('a mutual follow beats a one-way follow', () => {
    const graph = graphOf([
      [1, 10, 0.35],
      [10, P, 0.35],
      [1, 20, 0.6],
      [20, P, 0.6],
    ]);
    const [top] = findReferralPaths(graph, [me(1)], P);
    expect(top!.nodes).toEqual([1, 20, P]);
  });

  it('a customer beats an acquaintance when the rest of the path is the same', () => {
    const graph = graphOf([
      [10, P, 0.6],
      [20, P, 0.6],
    ]);
    const paths = findReferralPaths(
      graph,
      [person(10, relationshipTie('other', null)), person(20, relationshipTie('customer', null))],
      P,
    );
    expect(paths.map((p) => p.nodes[0])).toEqual([20, 10]);
    expect(paths[0]!.score).toBeCloseTo(0.7 * 0.6);
  });

  it('a strong two-hop path beats a weak one-hop path', () => {
    const graph = graphOf([
      [10, P, 0.05],
      [20, 30, 0.95],
      [30, P, 0.9],
    ]);
    const paths = findReferralPaths(graph, [person(10, 0.7), person(20, 0.9)], P);
    expect(paths[0]!.nodes).toEqual([20, 30, P]);
    expect(paths[1]!.nodes).toEqual([10, P]);
  });

  it('finds no path when nothing connects, and respects the intermediary limit', () => {
    const graph = graphOf([
      [1, 2, 0.9],
      [2, 3, 0.9],
      [3, 4, 0.9],
      [4, 5, 0.9],
      [5, P, 0.9],
      [50, 51, 0.9],
    ]);
    expect(findReferralPaths(graph, [me(50)], P)).toEqual([]);
    // me → 2 → 3 → 4 → 5 → P has four intermediaries: one too many.
    expect(findReferralPaths(graph, [me(1)], P)).toEqual([]);
    expect(findReferralPaths(graph, [me(2)], P).map((p) => p.nodes)).toEqual([[2, 3, 4, 5, P]]);
    expect(findReferralPaths(graph, [person(3, 0.9)], P).map((p) => p.nodes)).toEqual([[3, 4, 5, P]]);
  });

  it.each([
    ['without bounds', false],
    ['with each account’s strongest tie as a bound', true],
  ])('agrees with a plain breadth-first enumeration on random graphs (%s)', (_, bounded) => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 60; round += 1) {
      const nodeCount = 8 + Math.floor(random() * 20);
      const edges: [number, number, number][] = [];
      const seenPairs = new Set<string>();
      for (let e = 0; e < nodeCount * 2; e += 1) {
        const a = Math.floor(random() * nodeCount);
        const b = Math.floor(random() * nodeCount);
        const key = [Math.min(a, b), Math.max(a, b)].join('-');
        if (a === b || seenPairs.has(key)) continue;
        seenPairs.add(key);
        edges.push([a, b, 0.05 + random() * 0.9]);
      }
      const plain = graphOf(edges);
      const strongestOf = (node: number) =>
        Math.max(0, ...[...plain.neighbours(node)].map((n) => n.strength));
      const graph: TieGraph = bounded ? { ...plain, maxTie: 0.95, strongest: strongestOf } : plain;
      const target = nodeCount - 1;
      const sources = [me(0), person(1, 0.9), person(2, 0.5)].filter((s) => s.node !== target);
      const found = findReferralPaths(graph, sources, target, { limit: 5 });
      const expected = bruteForce(graph, sources, target, 3).slice(0, 5);
      expect(
        found.map((p) => p.score.toFixed(9)),
        `round ${round}`,
      ).toEqual(expected.map((s) => s.toFixed(9)));
    }
  });
});

/** Every simple path by breadth-first expansion, scored; the reference the search must match. */
function bruteForce(
  graph: TieGraph,
  sources: PathSource[],
  target: number,
  maxIntermediaries: number,
): number[] {
  const scores: { key: string; score: number }[] = [];
  for (const source of sources) {
    const maxEdges = maxIntermediaries - (source.countsAsIntermediary ? 1 : 0) + 1;
    let frontier = [{ nodes: [source.node], score: source.strength }];
    for (let edges = 0; edges < maxEdges; edges += 1) {
      const next: typeof frontier = [];
      for (const path of frontier) {
        for (const { node, strength } of graph.neighbours(path.nodes.at(-1)!)) {
          if (path.nodes.includes(node)) continue;
          const extended = { nodes: [...path.nodes, node], score: path.score * strength };
          if (node === target) scores.push({ key: extended.nodes.join('>'), score: extended.score });
          else next.push(extended);
        }
      }
      frontier = next;
    }
  }
  const unique = new Map(scores.map((s) => [s.key, s.score]));
  return [...unique.values()].sort((a, b) => b - a);
}
