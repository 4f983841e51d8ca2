import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  rankReferralPaths,
  referralPathRanker,
  type HopGraphs,
  type PathSource,
  type TieGraph,
} from './referral-paths';
import { buildAdjacency, TieIndex } from './tie-index';

/** A tie index over `size` accounts from follow pairs and interaction weights (given by a to b). */
function indexOf(size: number, follows: [number, number][], acts: [number, number, number][]): TieIndex {
  const from = Int32Array.from(follows, ([a]) => a);
  const to = Int32Array.from(follows, ([, b]) => b);
  const weights = new Map<string, number>();
  for (const [a, b, w] of acts) if (a !== b) weights.set(`${a}:${b}`, (weights.get(`${a}:${b}`) ?? 0) + w);
  const pairs = [
    ...new Set(
      [...weights.keys()].map((k) =>
        k
          .split(':')
          .map(Number)
          .sort((x, y) => x - y)
          .join(':'),
      ),
    ),
  ];
  const iFrom: number[] = [];
  const iTo: number[] = [];
  const given: number[] = [];
  const received: number[] = [];
  for (const key of pairs) {
    const [low, high] = key.split(':').map(Number) as [number, number];
    const lowGave = weights.get(`${low}:${high}`) ?? 0;
    const highGave = weights.get(`${high}:${low}`) ?? 0;
    iFrom.push(low, high);
    iTo.push(high, low);
    given.push(lowGave, highGave);
    received.push(highGave, lowGave);
  }
  return new TieIndex(
    size,
    buildAdjacency(size, from, to, from.length),
    buildAdjacency(size, to, from, from.length),
    buildAdjacency(size, Int32Array.from(iFrom), Int32Array.from(iTo), iFrom.length, [
      Float64Array.from(given),
      Float64Array.from(received),
    ]),
  );
}

/** The index's views as every search saw them before it kept sorted hops: sorted anew per search. */
function unsortedViews(index: TieIndex): HopGraphs {
  const plain = (view: TieGraph): TieGraph => ({
    maxTie: view.maxTie!,
    neighbours: (node) => view.neighbours(node),
    tie: (a, b) => view.tie(a, b),
    strongest: (node) => view.strongest!(node),
    strongestInto: (node) => view.strongestInto!(node),
  });
  return { hops: plain(index.hops), warmHops: plain(index.warmHops) };
}

const SIZE = 16;
const account = fc.nat(SIZE - 1);
const world = fc.record({
  follows: fc.array(fc.tuple(account, account), { maxLength: 70 }),
  // Weights from a few values, so that equal strengths (ties in the order) are common.
  acts: fc.array(fc.tuple(account, account, fc.constantFrom(0.3, 0.5, 0.6, 1)), { maxLength: 20 }),
  target: account,
  people: fc.array(
    fc.array(
      fc.record({
        node: account,
        strength: fc.constantFrom(0.4, 0.7, 0.9, 1),
        countsAsIntermediary: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 8 },
  ),
  limit: fc.integer({ min: 1, max: 6 }),
});

describe('path search over the tie index', () => {
  it('with sorted hops kept by the index and one ranker for many searches, finds exactly what separate searches find (property)', () => {
    fc.assert(
      fc.property(world, ({ follows, acts, target, people, limit }) => {
        const index = indexOf(SIZE, follows, acts);
        const rank = referralPathRanker(index, target);
        for (const sources of people as PathSource[][]) {
          const expected = rankReferralPaths(unsortedViews(index), sources, target, { limit });
          expect(rank(sources, { limit })).toEqual(expected);
          expect(rankReferralPaths(index, sources, target, { limit })).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each account’s hops strongest first, equal strengths in the order neighbours gives them', () => {
    const index = indexOf(
      5,
      [
        [0, 1],
        [1, 0],
        [0, 2],
        [2, 0],
        [0, 3],
        [4, 0],
      ],
      [[3, 0, 1]],
    );
    const listed = index.hops.neighbours(0);
    const sorted = index.hops.sortedHops!(0);
    expect(Array.from(sorted.nodes)).toEqual(
      [...listed].sort((a, b) => b.strength - a.strength).map((n) => n.node),
    );
    expect(Array.from(index.warmHops.sortedHops!(0).nodes)).toEqual(
      [...index.warmHops.neighbours(0)].sort((a, b) => b.strength - a.strength).map((n) => n.node),
    );
    expect(index.hops.sortedHops!(0)).toBe(sorted);
  });
});
