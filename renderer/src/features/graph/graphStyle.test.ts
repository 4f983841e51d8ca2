import { describe, expect, it } from 'vitest';
import {
  darkPalette,
  graphStylesheet,
  labelledNodes,
  lightPalette,
  nodeLabel,
  nodeSize,
  roleLegend,
} from './graphStyle';

describe('node size by reach', () => {
  it('grows with reach on a log scale, within bounds', () => {
    const small = nodeSize(10, 'follower');
    const medium = nodeSize(10_000, 'follower');
    const large = nodeSize(10_000_000, 'follower');
    expect(small).toBeLessThan(medium);
    expect(medium).toBeLessThan(large);
    // A thousand times the reach is a few pixels more, not a thousand times the size.
    expect(large - medium).toBeLessThan(15);
    expect(nodeSize(1e12, 'follower')).toBeLessThanOrEqual(40);
    expect(nodeSize(null, 'follower')).toBe(8);
    expect(nodeSize(-5, 'followee')).toBe(8);
  });

  it('never shrinks the prospect or the user’s people below readable size', () => {
    expect(nodeSize(null, 'prospect')).toBe(48);
    expect(nodeSize(0, 'person')).toBeGreaterThanOrEqual(20);
    expect(nodeSize(0, 'bridge')).toBeGreaterThanOrEqual(20);
  });
});

describe('labels', () => {
  it('names every key role and only the widest-reaching others', () => {
    const nodes = [
      { id: 1, role: 'prospect' as const, reach: null },
      { id: 2, role: 'person' as const, reach: 0 },
      { id: 3, role: 'follower' as const, reach: 500 },
      { id: 4, role: 'follower' as const, reach: 90_000 },
      { id: 5, role: 'followee' as const, reach: 2_000 },
      { id: 6, role: 'follower' as const, reach: null },
    ];
    expect([...labelledNodes(nodes, 2)].sort()).toEqual([1, 2, 4, 5]);
  });

  it('draws the handle, else the name, else the id', () => {
    expect(nodeLabel({ id: 1, handle: 'acme_ceo', name: 'Ann' })).toBe('@acme_ceo');
    expect(nodeLabel({ id: 1, handle: null, name: '  Ann Lee ' })).toBe('Ann Lee');
    expect(nodeLabel({ id: 7, handle: null, name: null })).toBe('#7');
  });
});

describe('stylesheet', () => {
  it('hides labels when zoomed out so the visible ones stay legible', () => {
    const node = graphStylesheet(lightPalette).find((block) => block.selector === 'node')!;
    expect(node.style['min-zoomed-font-size']).toBeGreaterThanOrEqual(7);
  });

  it('colours every role in the legend, in both themes', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const sheet = graphStylesheet(palette);
      for (const { role } of roleLegend) {
        const block = sheet.find((entry) => entry.selector === `node[role = "${role}"]`);
        expect(block?.style['background-color']).toBe(palette.roles[role]);
      }
    }
    expect(new Set(Object.values(lightPalette.roles)).size).toBe(roleLegend.length);
  });
});
