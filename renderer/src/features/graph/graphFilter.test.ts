import { describe, expect, it } from 'vitest';
import type { EgoGraphDto, GraphNodeDto } from '../../../../common/dto';
import { edgeKey } from './graphElements';
import {
  categoryCounts,
  defaultFilter,
  filterIsActive,
  graphEmphasis,
  matchesText,
  passesFilter,
} from './graphFilter';

function node(id: number, role: GraphNodeDto['role'], extra: Partial<GraphNodeDto> = {}): GraphNodeDto {
  return {
    id,
    network: 'x',
    handle: `user${id}`,
    name: null,
    bio: null,
    role,
    reach: 50,
    x: 0,
    y: 0,
    paths: [],
    categories: [],
    ...extra,
  };
}

const graph: EgoGraphDto = {
  prospect: { id: 1, network: 'x', handle: 'user1', name: null },
  nodes: [
    node(1, 'prospect', { paths: [0, 1] }),
    node(2, 'me', { paths: [0, 1] }),
    node(3, 'bridge', { paths: [0], name: 'Dana Lee' }),
    node(4, 'bridge', { paths: [1] }),
    node(5, 'follower', { reach: 10_000, categories: [3] }),
    node(6, 'followee', { reach: 20, categories: [1, 3] }),
  ],
  edges: [
    { source: 2, target: 3, mutual: false, paths: [0] },
    { source: 3, target: 1, mutual: false, paths: [0] },
    { source: 2, target: 4, mutual: false, paths: [1] },
    { source: 4, target: 1, mutual: false, paths: [1] },
    { source: 5, target: 1, mutual: false, paths: [] },
    { source: 1, target: 6, mutual: false, paths: [] },
  ],
  paths: [],
  omitted: { followers: 0, followees: 0 },
  diagnosis: null,
};

describe('graph filters', () => {
  it('always keeps the prospect; hides unchecked roles and small accounts', () => {
    const filter = { ...defaultFilter, roles: { ...defaultFilter.roles, prospect: false, follower: false } };
    expect(passesFilter({ role: 'prospect', reach: 0, categories: [] }, filter)).toBe(true);
    expect(passesFilter({ role: 'follower', reach: 1e6, categories: [] }, filter)).toBe(false);
    const min = { ...defaultFilter, minFollowers: 1000 };
    expect(passesFilter({ role: 'followee', reach: 999, categories: [] }, min)).toBe(false);
    expect(passesFilter({ role: 'followee', reach: null, categories: [] }, min)).toBe(false);
    expect(passesFilter({ role: 'bridge', reach: 3, categories: [] }, min)).toBe(true);
    expect(filterIsActive(defaultFilter)).toBe(false);
    expect(filterIsActive(min)).toBe(true);
  });

  it('matches handle or name, ignoring case and a leading @', () => {
    expect(matchesText({ handle: 'Acme_CEO', name: null }, '@acme')).toBe(true);
    expect(matchesText({ handle: null, name: 'Dana Lee' }, 'lee')).toBe(true);
    expect(matchesText({ handle: 'x', name: 'y' }, 'z')).toBe(false);
    expect(matchesText({ handle: 'x', name: 'y' }, '  ')).toBe(true);
  });

  it('emphasises the selected path and dims the others', () => {
    const result = graphEmphasis(graph, defaultFilter, 0, edgeKey);
    expect(result.nodes.get(3)).toContain('on-selected-path');
    expect(result.nodes.get(4)).toContain('faded');
    expect(result.nodes.get(5)).toContain('faded');
    expect(result.edges.get('e2-3')).toBe('path selected-path');
    expect(result.edges.get('e2-4')).toBe('path faded');
    expect(result.visibleCount).toBe(6);
  });

  it('dims accounts that do not match the text and hides what the filters drop', () => {
    const result = graphEmphasis(
      graph,
      { ...defaultFilter, text: 'dana', roles: { ...defaultFilter.roles, follower: false } },
      null,
      edgeKey,
    );
    expect(result.nodes.get(3)).toContain('match');
    expect(result.nodes.get(4)).toContain('faded');
    expect(result.nodes.get(1)).not.toContain('faded');
    expect(result.nodes.get(5)).toContain('filtered');
    expect(result.edges.get('e5-1')).toContain('filtered');
    expect(result.matchCount).toBe(1);
    expect(result.visibleCount).toBe(5);
  });

  it('keeps one category: your people, the paths and the prospect stay', () => {
    const media = { ...defaultFilter, categoryId: 3 };
    expect(filterIsActive(media)).toBe(true);
    expect(passesFilter({ role: 'followee', reach: 5, categories: [1, 3] }, media)).toBe(true);
    expect(passesFilter({ role: 'follower', reach: 5, categories: [1] }, media)).toBe(false);
    expect(passesFilter({ role: 'bridge', reach: 5, categories: [] }, media)).toBe(true);
    expect(passesFilter({ role: 'prospect', reach: 5, categories: [] }, media)).toBe(true);
    // With the reach filter too: both must hold.
    expect(
      passesFilter({ role: 'followee', reach: 5, categories: [3] }, { ...media, minFollowers: 100 }),
    ).toBe(false);

    const result = graphEmphasis(graph, { ...defaultFilter, categoryId: 1 }, null, edgeKey);
    expect(result.nodes.get(5)).toContain('filtered');
    expect(result.nodes.get(6)).not.toContain('filtered');
    expect(result.nodes.get(3)).not.toContain('filtered');
    expect(result.edges.get('e5-1')).toContain('filtered');
    expect(result.visibleCount).toBe(5);
    expect(categoryCounts(graph.nodes)).toEqual(
      new Map([
        [3, 2],
        [1, 1],
      ]),
    );
  });
});
