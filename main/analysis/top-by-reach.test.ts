import { describe, expect, it } from 'vitest';
import { intersectSorted, topByReach } from './top-by-reach';

describe('top by reach', () => {
  it('matches a full sort: widest reach first, unknown last, ties by lowest id', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round += 1) {
      const count = Math.floor(random() * 400);
      const ids = Array.from({ length: count }, (_, i) => i * 3 + 1);
      // Some ids lie past the end of the reach array: unknown, like -1.
      const reach = Array.from({ length: count * 2 }, () =>
        random() < 0.1 ? -1 : Math.floor(random() * 50),
      );
      const reachOf = (id: number) => (id < reach.length ? reach[id]! : -1);
      const limit = Math.floor(random() * 120);
      const sorted = [...ids].sort((a, b) => reachOf(b) - reachOf(a) || a - b).slice(0, limit);
      expect(topByReach(Int32Array.from(ids), reach, limit), `round ${round}`).toEqual(sorted);
    }
  });

  it('returns nothing for a limit of zero', () => {
    expect(topByReach([1, 2, 3], [1, 1, 1, 1], 0)).toEqual([]);
  });

  it('intersects ascending lists', () => {
    expect(intersectSorted(Int32Array.from([1, 3, 5, 9]), [2, 3, 4, 9, 11])).toEqual([3, 9]);
    expect(intersectSorted([], [1])).toEqual([]);
  });
});
