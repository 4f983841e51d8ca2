import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  rankReferralPaths,
  type HopGraphs,
  type PathSource,
  type RankedPath,
  type TieGraph,
} from './referral-paths';
import { hopTie, relationshipTie, reversed, type InteractionKind, type TieEvidence } from './tie-strength';

type Hop = { strength: number; warm: boolean };

/** Directed hops: `from` can introduce the user onward to `to`, warm or cold. */
function graphsOf(hops: [from: number, to: number, hop: Hop][], bounded = false): HopGraphs {
  const view = (warmOnly: boolean): TieGraph => {
    const out = new Map<number, { node: number; strength: number }[]>();
    const into = new Map<number, number>();
    for (const [from, to, { strength, warm }] of hops) {
      if (strength <= 0 || (warmOnly && !warm)) continue;
      out.set(from, [...(out.get(from) ?? []), { node: to, strength }]);
      into.set(to, Math.max(into.get(to) ?? 0, strength));
    }
    const graph: TieGraph = {
      neighbours: (node) => out.get(node) ?? [],
      tie: (a, b) => out.get(a)?.find((n) => n.node === b)?.strength ?? 0,
    };
    if (!bounded) return graph;
    return {
      ...graph,
      maxTie: 0.95,
      strongest: (node) => Math.max(0, ...(out.get(node) ?? []).map((n) => n.strength)),
      strongestInto: (node) => into.get(node) ?? 0,
    };
  };
  return { hops: view(false), warmHops: view(true) };
}

const warm = (strength: number): Hop => ({ strength, warm: true });
const cold = (strength: number): Hop => ({ strength, warm: false });
/** People who know each other both ways, equally. */
const both = (a: number, b: number, strength: number): [number, number, Hop][] => [
  [a, b, warm(strength)],
  [b, a, warm(strength)],
];

const me = (node: number): PathSource => ({ node, strength: 1, countsAsIntermediary: false });
const person = (node: number, strength: number): PathSource => ({
  node,
  strength,
  countsAsIntermediary: true,
});
const P = 100;

describe('referral paths', () => {
  it('a mutual follow beats a one-way follow', () => {
    const graphs = graphsOf([
      ...both(1, 10, 0.35),
      ...both(10, P, 0.35),
      ...both(1, 20, 0.6),
      ...both(20, P, 0.6),
    ]);
    const [top] = rankReferralPaths(graphs, [me(1)], P);
    expect(top!.nodes).toEqual([1, 20, P]);
  });

  it('a customer beats an acquaintance when the rest of the path is the same', () => {
    const graphs = graphsOf([...both(10, P, 0.6), ...both(20, P, 0.6)]);
    const paths = rankReferralPaths(
      graphs,
      [person(10, relationshipTie('other', null)), person(20, relationshipTie('customer', null))],
      P,
    );
    expect(paths.map((p) => p.nodes[0])).toEqual([20, 10]);
    expect(paths[0]!.score).toBeCloseTo(0.7 * 0.6);
  });

  it('a source reached through a colleague counts the colleague among the intermediaries', () => {
    // 10 → 20 → 30 → P: three people after the source. Through a colleague, the source is one more.
    const graphs = graphsOf([...both(10, 20, 0.9), ...both(20, 30, 0.9), ...both(30, P, 0.9)]);
    expect(rankReferralPaths(graphs, [person(10, 0.8)], P, { maxIntermediaries: 3 })).toHaveLength(1);
    const throughColleague = { ...person(10, 0.8), before: 1 };
    expect(rankReferralPaths(graphs, [throughColleague], P, { maxIntermediaries: 3 })).toEqual([]);
    expect(rankReferralPaths(graphs, [throughColleague], P, { maxIntermediaries: 4 })).toHaveLength(1);
  });

  it('a strong two-hop path beats a weak one-hop path', () => {
    const graphs = graphsOf([...both(10, P, 0.05), ...both(20, 30, 0.95), ...both(30, P, 0.9)]);
    const paths = rankReferralPaths(graphs, [person(10, 0.7), person(20, 0.9)], P);
    expect(paths[0]!.nodes).toEqual([20, 30, P]);
    expect(paths[1]!.nodes).toEqual([10, P]);
  });

  it('a cold path never outranks a warm one, and says which hop is cold', () => {
    // You follow a stranger who does not follow you back, and who is close to the prospect...
    const graphs = graphsOf([
      [1, 10, cold(0.25)],
      ...both(10, P, 0.95),
      // ...against your colleague's weak but warm way in.
      ...both(20, 30, 0.2),
      [30, P, warm(0.2)],
    ]);
    const paths = rankReferralPaths(graphs, [me(1), person(20, 0.9)], P);
    expect(paths.map((p) => p.nodes)).toEqual([
      [20, 30, P],
      [1, 10, P],
    ]);
    expect(paths[1]!.score).toBeGreaterThan(paths[0]!.score);
    expect(paths.map((p) => p.cold)).toEqual([false, true]);
    expect(paths[1]!.coldHops).toEqual([true, false]);
    expect(paths[0]!.coldHops).toEqual([false, false]);
  });

  it('prospect-follows-customer beats customer-follows-prospect', () => {
    const prospectFollows: TieEvidence = { aFollowsB: false, bFollowsA: true, interactions: [] };
    const customerFollows: TieEvidence = { aFollowsB: true, bFollowsA: false, interactions: [] };
    const reply = { kind: 'reply' as const, from: 'b' as const };
    const graphs = graphsOf([
      [10, P, hopTie(prospectFollows)],
      [20, P, hopTie(customerFollows)],
      // The same two, with the prospect having replied to each: both warm, still in that order.
      [30, P, hopTie({ ...prospectFollows, interactions: [reply] })],
      [40, P, hopTie({ ...customerFollows, interactions: [reply] })],
    ]);
    const customer = relationshipTie('customer', null);
    const paths = rankReferralPaths(
      graphs,
      [20, 10, 40, 30].map((n) => person(n, customer)),
      P,
    );
    expect(paths.map((p) => [p.nodes[0], p.cold])).toEqual([
      [30, false],
      [10, false],
      [40, false],
      [20, true],
    ]);
  });

  it('shows cold paths only after every warm one, however many are asked for', () => {
    const graphs = graphsOf([
      ...both(10, P, 0.1),
      ...both(11, P, 0.1),
      [12, P, cold(0.9)],
      [13, P, cold(0.8)],
    ]);
    const sources = [10, 11, 12, 13].map((n) => person(n, 0.9));
    expect(rankReferralPaths(graphs, sources, P, { limit: 2 }).map((p) => p.nodes[0])).toEqual([10, 11]);
    expect(rankReferralPaths(graphs, sources, P, { limit: 3 }).map((p) => p.nodes[0])).toEqual([10, 11, 12]);
  });

  it('finds no path when nothing connects, and respects the intermediary limit', () => {
    const graphs = graphsOf([
      ...both(1, 2, 0.9),
      ...both(2, 3, 0.9),
      ...both(3, 4, 0.9),
      ...both(4, 5, 0.9),
      ...both(5, P, 0.9),
      ...both(50, 51, 0.9),
    ]);
    expect(rankReferralPaths(graphs, [me(50)], P)).toEqual([]);
    // me → 2 → 3 → 4 → 5 → P has four intermediaries: one too many.
    expect(rankReferralPaths(graphs, [me(1)], P)).toEqual([]);
    expect(rankReferralPaths(graphs, [me(2)], P).map((p) => p.nodes)).toEqual([[2, 3, 4, 5, P]]);
    expect(rankReferralPaths(graphs, [person(3, 0.9)], P).map((p) => p.nodes)).toEqual([[3, 4, 5, P]]);
  });

  it('the same account given twice as a source yields each path once', () => {
    const graphs = graphsOf([...both(10, P, 0.5)]);
    const paths = rankReferralPaths(graphs, [person(10, 0.4), person(10, 0.8)], P);
    expect(paths.map((p) => p.score)).toEqual([0.8 * 0.5]);
  });

  it.each([
    ['without bounds', false],
    ['with each account’s strongest ties as bounds', true],
  ])('agrees with a plain breadth-first enumeration on random graphs (%s)', (_, bounded) => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const kinds: InteractionKind[] = ['reply', 'quote', 'mention', 'repost', 'like'];
    for (let round = 0; round < 60; round += 1) {
      const nodeCount = 8 + Math.floor(random() * 20);
      const pairs: Pair[] = [];
      for (let e = 0; e < nodeCount * 2; e += 1) {
        const interactions = Array.from({ length: Math.floor(random() * 3) }, () => ({
          kind: kinds[Math.floor(random() * kinds.length)]!,
          from: random() < 0.5 ? ('a' as const) : ('b' as const),
        }));
        pairs.push({
          a: Math.floor(random() * nodeCount),
          b: Math.floor(random() * nodeCount),
          evidence: { aFollowsB: random() < 0.6, bFollowsA: random() < 0.5, interactions },
        });
      }
      expectBruteForce(pairs, nodeCount, bounded, `round ${round}`);
    }
  });

  it('agrees with brute force on any graph of follows and interactions (property)', () => {
    const pair = fc.record({
      a: fc.nat(13),
      b: fc.nat(13),
      evidence: fc.record({
        aFollowsB: fc.boolean(),
        bFollowsA: fc.boolean(),
        interactions: fc.array(
          fc.record({
            kind: fc.constantFrom<InteractionKind>('reply', 'quote', 'mention', 'repost', 'like'),
            from: fc.constantFrom<'a' | 'b'>('a', 'b'),
          }),
          { maxLength: 3 },
        ),
      }),
    });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 40 }), fc.boolean(), (pairs, bounded) => {
        expectBruteForce(pairs, 14, bounded, 'property');
      }),
      { numRuns: 300 },
    );
  });
});

type Pair = { a: number; b: number; evidence: TieEvidence };

/** Hops both ways from each pair's evidence (the last pair given wins), by the real formula. */
function hopsFromEvidence(pairs: Pair[]): [number, number, Hop][] {
  const hops = new Map<string, [number, number, Hop]>();
  for (const { a, b, evidence } of pairs) {
    if (a === b) continue;
    hops.set(`${a}>${b}`, [a, b, hopTie(evidence)]);
    hops.set(`${b}>${a}`, [b, a, hopTie(reversed(evidence))]);
  }
  return [...hops.values()];
}

function expectBruteForce(pairs: Pair[], nodeCount: number, bounded: boolean, label: string) {
  const graphs = graphsOf(hopsFromEvidence(pairs), bounded);
  const target = nodeCount - 1;
  const sources = [me(0), person(1, 0.9), person(2, 0.5)].filter((s) => s.node !== target);
  const found = rankReferralPaths(graphs, sources, target, { limit: 5 });
  const expected = bruteForce(graphs, sources, target, 3).slice(0, 5);
  const show = (list: { cold: boolean; score: number }[]) =>
    list.map((p) => `${p.cold ? 'cold' : 'warm'} ${p.score.toFixed(9)}`);
  expect(show(found), label).toEqual(show(expected));
  for (const path of found) expect(path.coldHops, label).toEqual(coldHopsOf(graphs, path.nodes));
}

function coldHopsOf(graphs: HopGraphs, nodes: number[]): boolean[] {
  return nodes.slice(1).map((to, i) => graphs.warmHops.tie(nodes[i]!, to) === 0);
}

/** Every simple path by breadth-first expansion, warm ones first, then by score: the reference. */
function bruteForce(
  graphs: HopGraphs,
  sources: PathSource[],
  target: number,
  maxIntermediaries: number,
): Pick<RankedPath, 'cold' | 'score'>[] {
  const found = new Map<string, { cold: boolean; score: number }>();
  for (const source of sources) {
    const maxEdges = maxIntermediaries - (source.countsAsIntermediary ? 1 : 0) + 1;
    let frontier = [{ nodes: [source.node], score: source.strength }];
    for (let edges = 0; edges < maxEdges; edges += 1) {
      const next: typeof frontier = [];
      for (const path of frontier) {
        for (const { node, strength } of graphs.hops.neighbours(path.nodes.at(-1)!)) {
          if (path.nodes.includes(node)) continue;
          const extended = { nodes: [...path.nodes, node], score: path.score * strength };
          if (node !== target) next.push(extended);
          else {
            const key = extended.nodes.join('>');
            const cold = coldHopsOf(graphs, extended.nodes).some(Boolean);
            if ((found.get(key)?.score ?? 0) < extended.score)
              found.set(key, { cold, score: extended.score });
          }
        }
      }
      frontier = next;
    }
  }
  return [...found.values()].sort((a, b) => Number(a.cold) - Number(b.cold) || b.score - a.score);
}
