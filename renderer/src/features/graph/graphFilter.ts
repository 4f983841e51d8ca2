import type { EgoGraphDto, GraphEdgeDto, GraphNodeDto, GraphRole } from '../../../../common/dto';
import { isKeyRole } from './graphStyle';

export interface GraphFilter {
  /** Roles drawn; the prospect is always drawn. */
  roles: Record<GraphRole, boolean>;
  /** Followers below this are hidden (your people and the paths stay). */
  minFollowers: number;
  /** Only accounts in this category are shown (your people and the paths stay); null for any. */
  categoryId: number | null;
  /** Nodes whose handle or name does not contain this are dimmed. */
  text: string;
}

export const allRoles: readonly GraphRole[] = [
  'prospect',
  'me',
  'person',
  'bridge',
  'mutual',
  'follower',
  'followee',
];

export const defaultFilter: GraphFilter = {
  roles: {
    prospect: true,
    me: true,
    person: true,
    bridge: true,
    mutual: true,
    follower: true,
    followee: true,
  },
  minFollowers: 0,
  categoryId: null,
  text: '',
};

export function filterIsActive(filter: GraphFilter): boolean {
  return (
    filter.minFollowers > 0 ||
    filter.categoryId !== null ||
    filter.text.trim() !== '' ||
    allRoles.some((role) => !filter.roles[role])
  );
}

/** Whether the filters keep a node on the canvas. */
export function passesFilter(
  node: Pick<GraphNodeDto, 'role' | 'reach' | 'categories'>,
  filter: GraphFilter,
): boolean {
  if (node.role === 'prospect') return true;
  if (!filter.roles[node.role]) return false;
  if (isKeyRole(node.role)) return true;
  if (filter.minFollowers > 0 && (node.reach ?? 0) < filter.minFollowers) return false;
  if (filter.categoryId !== null && !node.categories.includes(filter.categoryId)) return false;
  return true;
}

/** How many drawn accounts each category holds, the prospect left out. */
export function categoryCounts(
  nodes: readonly Pick<GraphNodeDto, 'role' | 'categories'>[],
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const node of nodes) {
    if (node.role === 'prospect') continue;
    for (const id of node.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function normalised(text: string): string {
  return text.trim().replace(/^@/, '').toLocaleLowerCase();
}

/** Handle or name contains the text, ignoring case and a leading @. */
export function matchesText(node: Pick<GraphNodeDto, 'handle' | 'name'>, text: string): boolean {
  const wanted = normalised(text);
  if (wanted === '') return true;
  return (
    (node.handle?.toLocaleLowerCase().includes(wanted) ?? false) ||
    (node.name?.toLocaleLowerCase().includes(wanted) ?? false)
  );
}

export interface GraphEmphasis {
  /** Full class strings per account id / edge key, ready for `ele.classes()`. */
  nodes: Map<number, string>;
  edges: Map<string, string>;
  visibleCount: number;
  matchCount: number;
}

/**
 * Classes for every element under the current filters and selected path: filtered-out nodes and
 * their edges are hidden, nodes off the selected path or not matching the text are faded.
 */
export function graphEmphasis(
  graph: EgoGraphDto,
  filter: GraphFilter,
  selectedPath: number | null,
  edgeKeyOf: (edge: GraphEdgeDto) => string,
): GraphEmphasis {
  const text = filter.text.trim();
  const hidden = new Set<number>();
  const matched = new Set<number>();
  const nodes = new Map<number, string>();
  let visibleCount = 0;
  for (const node of graph.nodes) {
    const classes: string[] = [];
    if (isKeyRole(node.role)) classes.push('key');
    if (!passesFilter(node, filter)) {
      hidden.add(node.id);
      classes.push('filtered');
    } else {
      visibleCount += 1;
      const onSelected = selectedPath !== null && node.paths.includes(selectedPath);
      const matches = text !== '' && matchesText(node, text);
      if (matches) matched.add(node.id);
      if (onSelected) classes.push('on-selected-path');
      if (matches) classes.push('match');
      else if ((text !== '' && node.role !== 'prospect') || (selectedPath !== null && !onSelected)) {
        classes.push('faded');
      }
    }
    nodes.set(node.id, classes.join(' '));
  }
  const edges = new Map<string, string>();
  for (const edge of graph.edges) {
    const classes: string[] = [];
    if (edge.mutual) classes.push('mutual');
    if (edge.paths.length > 0) classes.push('path');
    const selected = selectedPath !== null && edge.paths.includes(selectedPath);
    if (selected) classes.push('selected-path');
    if (hidden.has(edge.source) || hidden.has(edge.target)) classes.push('filtered');
    else if (
      !selected &&
      (selectedPath !== null || (text !== '' && !(matched.has(edge.source) && matched.has(edge.target))))
    ) {
      classes.push('faded');
    }
    edges.set(edgeKeyOf(edge), classes.join(' '));
  }
  return { nodes, edges, visibleCount, matchCount: matched.size };
}
