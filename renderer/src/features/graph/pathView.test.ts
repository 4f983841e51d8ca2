import { describe, expect, it } from 'vitest';
import type {
  AccountBrief,
  EgoGraphDto,
  GraphNodeDto,
  PathHopDto,
  ReferralPathDto,
} from '../../../../common/dto';
import { buildPathView, YOU_NODE } from './pathView';

const brief = (id: number, handle: string): AccountBrief => ({ id, network: 'x', handle, name: null });
const prospect = brief(9, 'acme_ceo');
const dana = brief(2, 'dana');
const bridge = brief(5, 'bridge');

function node(account: AccountBrief, extra: Partial<GraphNodeDto>): GraphNodeDto {
  return {
    ...account,
    bio: null,
    role: 'follower',
    reach: 10,
    x: 0,
    y: 0,
    paths: [],
    categories: [],
    ...extra,
  };
}

function hop(from: AccountBrief, to: AccountBrief, extra: Partial<PathHopDto> = {}): PathHopDto {
  return {
    from,
    to,
    strength: 0.6,
    evidence: `@${to.handle} follows @${from.handle}`,
    direction: { fromFollowsTo: false, toFollowsFrom: true, fromInteracted: false, toInteracted: false },
    cold: false,
    coldReason: null,
    ...extra,
  };
}

const warm: ReferralPathDto = {
  score: 0.5,
  start: { personId: 1, personName: 'Dana Lee', relationship: 'customer', strength: 0.7, account: dana },
  hops: [hop(dana, prospect)],
  explanation: '',
  cold: false,
};
const cold: ReferralPathDto = {
  score: 0.1,
  start: { personId: 1, personName: 'Dana Lee', relationship: 'customer', strength: 0.7, account: dana },
  hops: [
    hop(dana, bridge, {
      strength: 0.2,
      cold: true,
      coldReason: 'only Dana follows @bridge',
      evidence: '@dana follows @bridge',
      direction: { fromFollowsTo: true, toFollowsFrom: false, fromInteracted: false, toInteracted: false },
    }),
    hop(bridge, prospect),
  ],
  explanation: '',
  cold: true,
};

const graph: EgoGraphDto = {
  prospect,
  nodes: [
    node(prospect, { role: 'prospect', paths: [0, 1] }),
    node(dana, { role: 'person', relationship: 'customer', personName: 'Dana Lee', paths: [0, 1] }),
    node(bridge, { role: 'bridge', paths: [1] }),
    node(brief(30, 'fan'), { role: 'follower' }),
  ],
  edges: [],
  paths: [warm, cold],
  omitted: { followers: 0, followees: 0 },
  diagnosis: null,
};

describe('the path-first view', () => {
  it('keeps only the paths, from you through your people to the prospect', () => {
    const view = buildPathView(graph)!;
    expect(view.graph.nodes.map((n) => n.id).sort()).toEqual([YOU_NODE, 2, 5, 9]);
    expect(view.relationships.get(2)).toBe('customer');
    const you = view.hops.get(`e${YOU_NODE}-2`)!;
    expect(you).toMatchObject({ strength: 0.7, cold: false, paths: [0, 1] });
    expect(you.evidence[0]).toBe('Dana Lee is your customer (People)');
    expect(view.graph.nodes.find((n) => n.id === 2)!.x).toBeLessThan(
      view.graph.nodes.find((n) => n.id === 9)!.x,
    );
  });

  it('says who follows whom on each hop, and why a cold one is cold', () => {
    const view = buildPathView(graph)!;
    const coldHop = view.hops.get('e2-5')!;
    expect(coldHop.cold).toBe(true);
    expect(coldHop.evidence).toEqual([
      '@dana follows @bridge',
      'Cold: only Dana follows @bridge',
      'Tie strength: 0.20',
    ]);
    expect(view.hops.get('e2-9')!.evidence).toEqual([
      '@acme_ceo follows @dana',
      'Warm: @acme_ceo knows @dana',
      'Tie strength: 0.60',
    ]);
    expect(coldHop.title).toBe('Dana Lee → @bridge');
  });

  it('draws nothing path-first when there is no path', () => {
    expect(buildPathView({ ...graph, paths: [] })).toBeNull();
  });
});
