import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  estimateTextWidth,
  fitLabel,
  fitLines,
  layoutPaths,
  type Box,
  type LayoutPath,
  type PathLayout,
  type PathLayoutInput,
} from './pathLayout';

const YOU = 0;
const PROSPECT = 9999;

function input(paths: LayoutPath[], labels?: Map<number, string>, own: number[] = []): PathLayoutInput {
  const all = new Map<number, string>([
    [YOU, 'You'],
    [PROSPECT, '@the_prospect'],
  ]);
  for (const path of paths) {
    for (const id of [path.start, ...path.hops.map((hop) => hop.to)]) {
      if (!all.has(id)) all.set(id, labels?.get(id) ?? `@account_${id}`);
    }
  }
  return { prospect: PROSPECT, you: YOU, own: new Set(own), paths, labels: all };
}

/** A path through these accounts, ending at the prospect. */
function path(...ids: number[]): LayoutPath {
  const all = [...ids, PROSPECT];
  return { start: all[0]!, hops: all.slice(1).map((to, i) => ({ from: all[i]!, to })) };
}

function circle(node: { x: number; y: number; radius: number }): Box {
  return {
    x: node.x - node.radius,
    y: node.y - node.radius,
    width: 2 * node.radius,
    height: 2 * node.radius,
  };
}

/** Every pair of label boxes, and every label box against every other node, that overlap. */
function collisions(layout: PathLayout): string[] {
  const nodes = [...layout.nodes.values()];
  const found: string[] = [];
  for (const a of nodes) {
    for (const b of nodes) {
      if (a.id === b.id) continue;
      if (a.id < b.id && boxesOverlap(a.labelBox, b.labelBox)) found.push(`labels ${a.id} and ${b.id}`);
      if (boxesOverlap(a.labelBox, circle(b))) found.push(`label ${a.id} on node ${b.id}`);
    }
  }
  return found;
}

describe('the path-first layout', () => {
  it('reads left to right: you, your people, bridges by distance, the prospect', () => {
    const layout = layoutPaths(input([path(1, 2, 3), path(4, 3), path(5)]));
    const column = (id: number) => layout.nodes.get(id)!.column;
    expect([YOU, 1, 2, 3, PROSPECT].map(column)).toEqual([0, 1, 2, 3, 4]);
    expect(column(4)).toBe(1);
    expect(column(5)).toBe(1);
    const x = (id: number) => layout.nodes.get(id)!.x;
    expect(x(YOU)).toBeLessThan(x(1));
    expect(x(2)).toBeLessThan(x(3));
    expect(x(3)).toBeLessThan(x(PROSPECT));
    // You are linked to each of your people; each hop is drawn once.
    expect(layout.edges.filter((e) => e.source === YOU).map((e) => e.target)).toEqual([1, 4, 5]);
    expect(layout.edges.filter((e) => e.target === 3)).toHaveLength(2);
  });

  it('starts the user’s own paths beside them, and leaves out columns nobody stands in', () => {
    const layout = layoutPaths(input([path(7, 8)], undefined, [7]));
    expect(layout.nodes.get(7)!.column).toBe(0);
    expect(layout.nodes.get(8)!.column).toBe(1);
    expect(layout.nodes.get(PROSPECT)!.column).toBe(2);
    expect(layout.edges.some((e) => e.source === YOU)).toBe(false);
  });

  it('sends a hop that skips a column through a cell of its own there', () => {
    const layout = layoutPaths(input([path(1, 2, 3), path(4)]));
    const direct = layout.edges.find((e) => e.source === 4 && e.target === PROSPECT)!;
    expect(direct.waypoints).toHaveLength(2);
    const [first, second] = direct.waypoints;
    expect(first!.x).toBe(layout.nodes.get(2)!.x);
    expect(second!.x).toBe(layout.nodes.get(3)!.x);
    // The waypoint is not where a node's circle or label is.
    for (const node of layout.nodes.values()) {
      const point = { x: first!.x - 1, y: first!.y - 1, width: 2, height: 2 };
      expect(boxesOverlap(point, circle(node)) || boxesOverlap(point, node.labelBox)).toBe(false);
    }
  });

  it('cuts a long name to its column with an ellipsis', () => {
    const long = 'Maria Fernanda Gómez de la Torre y Álvarez, Operations Director';
    const layout = layoutPaths(input([path(1)], new Map([[1, long]])));
    const node = layout.nodes.get(1)!;
    const lines = node.label.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(long.replace(/\s+/g, '').startsWith(node.label.slice(0, -1).replace(/\s+/g, ''))).toBe(true);
    for (const line of lines)
      expect(estimateTextWidth(line, node.fontSize)).toBeLessThanOrEqual(node.labelBox.width);
    expect(fitLabel('@short', 200, 13)).toBe('@short');
    expect(fitLines('dana_lee_at_acme_logistics', 100, 13, 2)[0]).toMatch(/_$/);
  });

  it('never overlaps two labels, or a label and a node, for 1 to 40 paths with long names', () => {
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }).map((s) => `@${s}`),
      fc.constantFrom(
        'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
        'Jean-Baptiste Emmanuel Zorg de Montmorency',
        '株式会社グローバルロジスティクス代表取締役',
        'i',
      ),
    );
    const onePath = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 3 }).map((ids) => {
      const unique = [...new Set(ids)];
      return path(...unique);
    });
    fc.assert(
      fc.property(
        fc.array(onePath, { minLength: 1, maxLength: 40 }),
        fc.dictionary(fc.integer({ min: 1, max: 60 }).map(String), name),
        fc.subarray([1, 2, 3]),
        fc.option(fc.integer({ min: 150, max: 2000 })),
        (paths, names, own, room) => {
          const labels = new Map(Object.entries(names).map(([id, label]) => [Number(id), label]));
          const layout = layoutPaths({ ...input(paths, labels, own), ...(room === null ? {} : { room }) });
          expect(collisions(layout)).toEqual([]);
          for (const node of layout.nodes.values()) {
            for (const line of node.label.split('\n')) {
              expect(estimateTextWidth(line, node.fontSize)).toBeLessThanOrEqual(node.labelBox.width + 0.01);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts labels shorter on a narrow canvas, never below a readable width', () => {
    const paths = [path(1, 2, 3)];
    const labels = new Map([1, 2, 3].map((id) => [id, 'Jean-Baptiste Emmanuel Zorg de Montmorency']));
    const wide = layoutPaths({ ...input(paths, labels), room: 2000 });
    const narrow = layoutPaths({ ...input(paths, labels), room: 700 });
    const tiny = layoutPaths({ ...input(paths, labels), room: 100 });
    const width = (layout: PathLayout) => layout.nodes.get(2)!.labelBox.width;
    expect(width(narrow)).toBeLessThan(width(wide));
    expect(width(tiny)).toBe(60);
    const span = (layout: PathLayout) => layout.nodes.get(PROSPECT)!.x - layout.nodes.get(YOU)!.x;
    expect(span(narrow)).toBeLessThan(700);
    expect(collisions(tiny)).toEqual([]);
  });

  it('keeps 35 paths through shared bridges apart', () => {
    const paths = Array.from({ length: 35 }, (_, i) => path(100 + i, 200 + (i % 7), 300 + (i % 3)));
    const layout = layoutPaths(
      input(paths, new Map(paths.map((p) => [p.start, 'A rather long colleague name that goes on']))),
    );
    expect(layout.nodes.size).toBe(1 + 35 + 7 + 3 + 1);
    expect(collisions(layout)).toEqual([]);
  });
});
