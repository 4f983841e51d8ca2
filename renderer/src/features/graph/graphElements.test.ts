import { describe, expect, it } from 'vitest';
import type { EgoGraphDto, GraphNodeDto } from '../../../../common/dto';
import { diffById, toElements } from './graphElements';

function node(id: number, role: GraphNodeDto['role'], extra: Partial<GraphNodeDto> = {}): GraphNodeDto {
  return {
    id,
    network: 'x',
    handle: `h${id}`,
    name: null,
    bio: null,
    role,
    reach: 100,
    x: id,
    y: -id,
    paths: [],
    categories: [],
    ...extra,
  };
}

const graph: EgoGraphDto = {
  prospect: { id: 1, network: 'x', handle: 'h1', name: null },
  nodes: [node(1, 'prospect'), node(2, 'me', { paths: [0] }), node(3, 'follower')],
  edges: [
    { source: 2, target: 1, mutual: true, paths: [0] },
    { source: 3, target: 1, mutual: false, paths: [] },
    { source: 3, target: 1, mutual: false, paths: [] },
    { source: 9, target: 1, mutual: false, paths: [] },
  ],
  paths: [],
  omitted: { followers: 0, followees: 0 },
  diagnosis: null,
};

describe('graph elements', () => {
  it('keeps the core’s positions and marks path and mutual edges', () => {
    const { nodes, edges } = toElements(graph);
    expect(nodes.map((n) => [n.data.id, n.position])).toEqual([
      ['n1', { x: 1, y: -1 }],
      ['n2', { x: 2, y: -2 }],
      ['n3', { x: 3, y: -3 }],
    ]);
    expect(edges.map((e) => [e.data.id, e.classes])).toEqual([
      ['e2-1', 'mutual path'],
      ['e3-1', ''],
    ]);
    expect(nodes[1]!.classes).toBe('key');
  });

  it('diffs by id: adds the new, updates the kept, removes the gone', () => {
    const next = [{ data: { id: 'a' } }, { data: { id: 'c' } }];
    expect(diffById(['a', 'b'], next)).toEqual({
      add: [{ data: { id: 'c' } }],
      update: [{ data: { id: 'a' } }],
      remove: ['b'],
    });
  });
});
