/**
 * The `limit` accounts with the widest reach among `ids` (`reach[id]`, −1 or missing when unknown:
 * last; equal reach: lowest id first), without sorting them all: a prospect may have a million followers and the graph shows
 * a few thousand. A bounded heap keeps the best so far, its weakest on top.
 */
export function topByReach(ids: ArrayLike<number>, reach: ArrayLike<number>, limit: number): number[] {
  if (limit <= 0) return [];
  const reachOf = (id: number) => (id < reach.length ? reach[id]! : -1);
  // a ranks below b: less reach, or the same reach and a higher id.
  const below = (a: number, b: number) => {
    const ra = reachOf(a);
    const rb = reachOf(b);
    return ra < rb || (ra === rb && a > b);
  };
  const heap: number[] = [];
  const siftUp = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!below(heap[at]!, heap[parent]!)) return;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  };
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let weakest = at;
      if (left < heap.length && below(heap[left]!, heap[weakest]!)) weakest = left;
      if (right < heap.length && below(heap[right]!, heap[weakest]!)) weakest = right;
      if (weakest === at) return;
      [heap[at], heap[weakest]] = [heap[weakest]!, heap[at]!];
      at = weakest;
    }
  };
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i]!;
    if (heap.length < limit) {
      heap.push(id);
      siftUp(heap.length - 1);
    } else if (below(heap[0]!, id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}

/** The ids in both ascending lists. */
export function intersectSorted(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const both: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      both.push(a[i]!);
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return both;
}
