import { describe, expect, it } from 'vitest';
import type { EgoGraphDto } from '../../../../common/dto';
import { buildPathView } from './pathView';
import { tooltipTarget } from './tooltipTarget';

const prospect = { id: 9, network: 'x' as const, handle: 'acme_ceo', name: 'Pat' };
const dana = { id: 2, network: 'x' as const, handle: 'dana', name: 'Dana Lee' };
const node = (account: typeof dana, role: 'prospect' | 'person') => ({
  ...account,
  bio: null,
  role,
  reach: 1,
  x: 0,
  y: 0,
  paths: [0],
  categories: [],
});
const graph: EgoGraphDto = {
  prospect,
  nodes: [
    node(prospect, 'prospect'),
    { ...node(dana, 'person'), relationship: 'colleague', personName: 'Dana Lee' },
  ],
  edges: [],
  paths: [
    {
      score: 0.5,
      start: { personId: 1, personName: 'Dana Lee', relationship: 'colleague', strength: 0.9, account: dana },
      hops: [
        {
          from: dana,
          to: prospect,
          strength: 0.5,
          evidence: '@acme_ceo follows @dana',
          direction: {
            fromFollowsTo: false,
            toFollowsFrom: true,
            fromInteracted: false,
            toInteracted: false,
          },
          cold: false,
          coldReason: null,
        },
      ],
      explanation: '',
      cold: false,
    },
  ],
  omitted: { followers: 0, followees: 0 },
  diagnosis: null,
};

describe('the graph tooltip', () => {
  const view = buildPathView(graph)!;
  const byId = new Map(view.graph.nodes.map((n) => [n.id, n]));
  const viewport = { zoom: 2, pan: { x: 10, y: 20 } };

  it('follows the keyboard focus before the pointer, placed where the hop is drawn', () => {
    const hover = { accountId: 9, x: 1, y: 1 };
    const target = tooltipTarget({ focused: 'e2-9', view, viewport, hover, byId })!;
    expect(target.hop?.title).toBe('Dana Lee → @acme_ceo');
    const source = view.layout.nodes.get(2)!;
    expect(target.x).toBeGreaterThan(source.x * 2 + 10);
    const focusedNode = tooltipTarget({ focused: 'n2', view, viewport, hover: null, byId })!;
    expect(focusedNode.node?.personName).toBe('Dana Lee');
  });

  it('shows what the pointer is over when nothing has focus, and nothing over empty canvas', () => {
    expect(
      tooltipTarget({ focused: null, view, viewport, hover: { accountId: 9, x: 5, y: 6 }, byId }),
    ).toMatchObject({
      node: { handle: 'acme_ceo' },
      x: 5,
      y: 6,
    });
    const overHop = tooltipTarget({
      focused: null,
      view,
      viewport,
      hover: { accountId: null, hop: 'e2-9', x: 1, y: 2 },
      byId,
    });
    expect(overHop?.hop?.evidence[0]).toBe('@acme_ceo follows @dana');
    expect(tooltipTarget({ focused: null, view, viewport, hover: null, byId })).toBeNull();
  });
});
