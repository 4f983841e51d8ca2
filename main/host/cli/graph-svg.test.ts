import { describe, expect, it } from 'vitest';
import type {
  AccountBrief,
  EgoGraphDto,
  GraphNodeDto,
  PathHopDto,
  ReferralPathDto,
} from '../../../common/dto';
import { graphSvg } from './graph-svg';
import { pathColumns, YOU } from './path-columns';

const account = (id: number, handle: string, name: string | null): AccountBrief => ({
  id,
  network: 'x',
  handle,
  name,
});
const me = account(1, 'me_myself', 'Morgan Reyes');
const dana = account(2, 'dana_lee', 'Dana Lee');
const bob = account(3, 'bridge_bob', 'Bob <Bridges> & Co with a very long company name that goes on');
const ceo = account(9, 'acme_ceo', 'Avery Quinton');

const hop = (from: AccountBrief, to: AccountBrief, cold = false): PathHopDto => ({
  from,
  to,
  strength: cold ? 0.1 : 0.8,
  evidence: '',
  direction: { fromFollowsTo: true, toFollowsFrom: !cold, fromInteracted: false, toInteracted: false },
  cold,
  coldReason: cold ? 'Avery does not follow Bob' : null,
});

const path = (start: AccountBrief, relationship: 'me' | 'colleague', name: string, hops: PathHopDto[]) =>
  ({
    score: 0.5,
    start: { personId: start.id, personName: name, relationship, strength: 0.9, account: start },
    hops,
    explanation: '',
    cold: hops.some((h) => h.cold),
  }) satisfies ReferralPathDto;

const node = (
  brief: AccountBrief,
  role: GraphNodeDto['role'],
  extra: Partial<GraphNodeDto> = {},
): GraphNodeDto => ({
  ...brief,
  bio: null,
  role,
  reach: null,
  x: 0,
  y: 0,
  paths: [],
  categories: [],
  ...extra,
});

const graph: EgoGraphDto = {
  prospect: ceo,
  nodes: [
    node(ceo, 'prospect'),
    node(me, 'me', { relationship: 'me' }),
    node(dana, 'person', { relationship: 'colleague', personName: 'Dana (work)' }),
    node(bob, 'bridge'),
  ],
  edges: [],
  paths: [
    path(dana, 'colleague', 'Dana (work)', [hop(dana, ceo)]),
    path(me, 'me', 'Morgan Reyes', [hop(me, bob), hop(bob, ceo, true)]),
  ],
  omitted: { followers: 0, followees: 0 },
  diagnosis: null,
};

describe('the CLI’s picture of the referral paths', () => {
  it('puts you first, the prospect last, and each step in its column from the prospect', () => {
    const layout = pathColumns(graph);
    const column = (id: number) => layout.nodes.find((n) => n.id === id)!.column;
    expect(column(YOU)).toBe(0);
    expect(column(ceo.id)).toBe(2);
    expect(column(dana.id)).toBe(1);
    expect(column(bob.id)).toBe(1);
    // The user's own account is "You"; their person is named as they keep them.
    expect(layout.nodes.map((n) => [n.role, n.label])).toEqual([
      ['you', 'You'],
      ['person', 'Dana (work)'],
      ['prospect', 'Avery Quinton'],
      ['bridge', 'Bob <Bridges> & Co with a very long company name that goes on'],
    ]);
    expect(layout.hops).toEqual([
      { from: YOU, to: dana.id, strength: 0.9, cold: false },
      { from: dana.id, to: ceo.id, strength: 0.8, cold: false },
      { from: YOU, to: bob.id, strength: 0.8, cold: false },
      { from: bob.id, to: ceo.id, strength: 0.1, cold: true },
    ]);
  });

  it('writes well-formed SVG: escaped labels cut to two lines, cold hops dashed and marked, a title and legend', () => {
    const { svg, nodes, paths } = graphSvg(graph, 'Your ways to Avery Quinton (@acme_ceo)');
    expect({ nodes, paths }).toEqual({ nodes: 4, paths: 2 });
    expect(svg).toContain('Your ways to Avery Quinton (@acme_ceo)</text>');
    expect(svg).toContain('Bob &lt;Bridges&gt; &amp;');
    expect(svg).not.toMatch(/<Bridges>/);
    expect(svg).toContain('…');
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2); // the cold hop and its legend line
    expect(svg).toContain('>cold</text>');
    expect(svg).toContain('<title>@acme_ceo · Avery Quinton</title>');
    expect(svg).toContain('class="legend"');
    // Every element that opens closes: a crude check that the document is well formed.
    for (const tag of ['svg', 'g', 'text']) {
      const opened = svg.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
      expect(svg.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0, tag).toBe(opened);
    }
  });
});
