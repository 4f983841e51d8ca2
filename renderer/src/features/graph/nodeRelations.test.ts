import { describe, expect, it } from 'vitest';
import type { EgoGraphDto, GraphNodeDto } from '../../../../common/dto';
import { followRelation, relationToProspect, relationToYou } from './nodeRelations';

function node(id: number, role: GraphNodeDto['role'], extra: Partial<GraphNodeDto> = {}): GraphNodeDto {
  return {
    id,
    network: 'x',
    handle: `u${id}`,
    name: null,
    bio: null,
    role,
    reach: 1,
    x: 0,
    y: 0,
    paths: [],
    categories: [],
    ...extra,
  };
}

const graph: EgoGraphDto = {
  prospect: { id: 1, network: 'x', handle: 'boss', name: null },
  nodes: [
    node(1, 'prospect'),
    node(2, 'me'),
    node(3, 'bridge', { paths: [0, 2] }),
    node(4, 'followee'),
    node(5, 'person'),
  ],
  edges: [
    { source: 2, target: 3, mutual: true, paths: [0] },
    { source: 3, target: 1, mutual: false, paths: [0] },
    { source: 1, target: 4, mutual: false, paths: [] },
    { source: 5, target: 4, mutual: false, paths: [] },
  ],
  paths: [],
  omitted: { followers: 0, followees: 0 },
  diagnosis: null,
};

describe('relations of a node', () => {
  it('reads follow direction from the edges, mutual pairs drawn once', () => {
    expect(followRelation(3, 2, graph.edges)).toBe('mutual');
    expect(followRelation(3, 1, graph.edges)).toBe('follows');
    expect(followRelation(1, 3, graph.edges)).toBe('followed-by');
    expect(followRelation(4, 2, graph.edges)).toBeNull();
  });

  it('says how an account ties to the prospect and which paths it is on', () => {
    expect(relationToProspect(graph.nodes[2]!, graph)).toBe('Follows @boss. On referral paths 1 and 3.');
    expect(relationToProspect(graph.nodes[3]!, graph)).toBe('Followed by @boss.');
    expect(relationToProspect(graph.nodes[0]!, graph)).toBe('The prospect.');
  });

  it('says how an account ties to the user and their people', () => {
    expect(relationToYou(graph.nodes[2]!, graph, [])).toEqual(['Follows you and is followed back.']);
    expect(relationToYou(graph.nodes[3]!, graph, [])).toEqual(['Followed by @u5.']);
    expect(relationToYou(graph.nodes[1]!, graph, [])).toEqual(['One of your own accounts.']);
    expect(relationToYou(node(9, 'follower'), graph, [])).toEqual([
      'No tie to you or your people in the imported data.',
    ]);
  });
});
