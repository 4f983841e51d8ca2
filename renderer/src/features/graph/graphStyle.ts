import type { GraphRole, Relationship } from '../../../../common/dto';

/** The colours the graph is drawn in: one set per theme, since cytoscape paints on a canvas. */
export interface GraphPalette {
  background: string;
  edge: string;
  label: string;
  labelOutline: string;
  path: string;
  selectedPath: string;
  selection: string;
  roles: Record<GraphRole, string>;
  /** The path-first view colours the user's people by what they are to the user. */
  relationships: Record<Relationship, string>;
}

export const lightPalette: GraphPalette = {
  background: '#ffffff',
  edge: '#8a8f9c',
  label: '#1c1d21',
  labelOutline: '#ffffff',
  path: '#d6336c',
  selectedPath: '#c2255c',
  selection: '#1c1d21',
  roles: {
    prospect: '#e03131',
    me: '#1c7ed6',
    person: '#2b8a3e',
    bridge: '#9c36b5',
    mutual: '#0c8599',
    followee: '#d9a21b',
    follower: '#9aa3b2',
  },
  relationships: {
    me: '#1c7ed6',
    colleague: '#2b8a3e',
    customer: '#e8590c',
    partner: '#0c8599',
    friend: '#66a80f',
    other: '#868e96',
  },
};

export const darkPalette: GraphPalette = {
  background: '#17181b',
  edge: '#8c92a0',
  label: '#e7e8eb',
  labelOutline: '#17181b',
  path: '#f06595',
  selectedPath: '#ff8cb4',
  selection: '#ffffff',
  roles: {
    prospect: '#ff6b6b',
    me: '#4dabf7',
    person: '#51cf66',
    bridge: '#cc5de8',
    mutual: '#3bc9db',
    followee: '#e8b949',
    follower: '#6b7384',
  },
  relationships: {
    me: '#4dabf7',
    colleague: '#51cf66',
    customer: '#ff922b',
    partner: '#3bc9db',
    friend: '#a9e34b',
    other: '#adb5bd',
  },
};

/** The legend's order and words: who each colour is, from the user's point of view. */
export const roleLegend: readonly {
  role: GraphRole;
  label: string;
  singular: string;
  description: string;
}[] = [
  { role: 'prospect', label: 'Prospect', singular: 'Prospect', description: 'The account you want to reach' },
  { role: 'me', label: 'You', singular: 'You', description: 'Your own accounts' },
  {
    role: 'person',
    label: 'Your people',
    singular: 'One of your people',
    description: 'Colleagues, customers, partners and friends',
  },
  { role: 'bridge', label: 'Bridges', singular: 'Bridge', description: 'Accounts on a referral path' },
  {
    role: 'mutual',
    label: 'Mutuals',
    singular: 'Mutual',
    description: 'Follow the prospect and are followed back',
  },
  { role: 'follower', label: 'Followers', singular: 'Follower', description: 'Follow the prospect' },
  { role: 'followee', label: 'Followees', singular: 'Followee', description: 'Followed by the prospect' },
];

/** Roles that matter for reaching the prospect: always labelled and never shrunk. */
const keyRoles: ReadonlySet<GraphRole> = new Set(['prospect', 'me', 'person', 'bridge']);

export function isKeyRole(role: GraphRole): boolean {
  return keyRoles.has(role);
}

const MIN_SIZE = 8;
const MAX_SIZE = 40;

/**
 * Node diameter in model units from reach (followers), on a log scale: 10 followers and 10
 * million should both be visible without the big ones covering the picture.
 */
export function nodeSize(reach: number | null, role: GraphRole): number {
  if (role === 'prospect') return 48;
  const scaled = MIN_SIZE + 4.5 * Math.log10(Math.max(0, reach ?? 0) + 1);
  const size = Math.min(MAX_SIZE, Math.max(MIN_SIZE, scaled));
  return Math.round((isKeyRole(role) ? Math.max(size, 20) : size) * 10) / 10;
}

export interface LabelCandidate {
  id: number;
  role: GraphRole;
  reach: number | null;
}

/**
 * Which nodes carry a label: every key role, plus the `extra` widest-reaching others, so a big
 * neighbourhood names its landmarks instead of drawing thousands of overlapping words.
 */
export function labelledNodes(nodes: readonly LabelCandidate[], extra = 30): Set<number> {
  const labelled = new Set<number>();
  const others: LabelCandidate[] = [];
  for (const node of nodes) {
    if (isKeyRole(node.role)) labelled.add(node.id);
    else if ((node.reach ?? 0) > 0) others.push(node);
  }
  others.sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0) || a.id - b.id);
  for (const node of others.slice(0, extra)) labelled.add(node.id);
  return labelled;
}

/** The short name drawn on the graph: the handle, else the display name. */
export function nodeLabel(node: { handle: string | null; name: string | null; id: number }): string {
  if (node.handle) return `@${node.handle}`;
  const name = node.name?.trim();
  return name ? name : `#${node.id}`;
}

interface StyleBlock {
  selector: string;
  style: Record<string, string | number | ((element: { data(key: string): unknown }) => unknown)>;
}

/**
 * The cytoscape stylesheet. Labels keep a fixed model size and disappear below
 * `min-zoomed-font-size`, so they are legible whenever they are drawn at all.
 */
export function graphStylesheet(palette: GraphPalette): StyleBlock[] {
  const roleBlocks = (Object.keys(palette.roles) as GraphRole[]).map((role) => ({
    selector: `node[role = "${role}"]`,
    style: { 'background-color': palette.roles[role] },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 0,
        label: 'data(label)',
        color: palette.label,
        'font-family':
          'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif',
        'font-size': 13,
        'font-weight': 500,
        'min-zoomed-font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': palette.labelOutline,
        'text-outline-width': 2,
        'text-outline-opacity': 0.85,
        'text-max-width': '420px',
        'text-wrap': 'ellipsis',
        'overlay-opacity': 0,
      },
    },
    ...roleBlocks,
    {
      selector: 'node.key',
      style: { 'font-size': 20, 'font-weight': 600, 'min-zoomed-font-size': 8, 'z-index': 20 },
    },
    {
      selector: 'node[role = "prospect"]',
      style: {
        'font-size': 32,
        'font-weight': 700,
        'min-zoomed-font-size': 7,
        'border-width': 3,
        'border-color': palette.labelOutline,
        'z-index': 30,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 0.6,
        'line-color': palette.edge,
        opacity: 0.22,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge.mutual', style: { width: 1, opacity: 0.32 } },
    {
      selector: 'edge.path',
      style: {
        width: 5,
        'line-color': palette.path,
        opacity: 0.85,
        'curve-style': 'straight',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.selected-path',
      style: { width: 9, 'line-color': palette.selectedPath, opacity: 1, 'z-index': 15 },
    },
    { selector: 'node.on-selected-path', style: { 'border-width': 5, 'border-color': palette.selectedPath } },
    { selector: '.faded', style: { opacity: 0.16, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: 'edge.path.faded', style: { opacity: 0.3, width: 3 } },
    { selector: '.filtered', style: { display: 'none' } },
    {
      selector: 'node.match',
      style: { 'border-width': 4, 'border-color': palette.selection, 'text-opacity': 1, 'z-index': 25 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 6, 'border-color': palette.selection, 'z-index': 40 },
    },
    ...pathViewStylesheet(palette),
  ];
}

/**
 * The path-first view: sizes in model units fixed by its layout (labels cut to their column's
 * width, so they never overlap), people coloured by relationship, hop width by tie strength,
 * cold hops dashed and marked "cold" in the gap after their start.
 */
function pathViewStylesheet(palette: GraphPalette): StyleBlock[] {
  const relationshipBlocks = (Object.keys(palette.relationships) as Relationship[]).map((relationship) => ({
    selector: `node.pv[relationship = "${relationship}"]`,
    style: { 'background-color': palette.relationships[relationship] },
  }));
  return [
    {
      selector: 'node.pv',
      style: {
        'font-size': 'data(fontSize)',
        'font-weight': 500,
        // The layout has already cut the label into its lines: cytoscape must not wrap further.
        'text-wrap': 'wrap',
        'text-max-width': '2000px',
        'line-height': 1.3,
        'text-margin-y': 3,
        'min-zoomed-font-size': 0,
        'border-width': 2,
        'border-color': palette.labelOutline,
      },
    },
    {
      selector: 'node.pv[labelSide = "left"]',
      style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -6, 'text-margin-y': 0 },
    },
    {
      selector: 'node.pv[labelSide = "right"]',
      style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 6, 'text-margin-y': 0 },
    },
    ...relationshipBlocks,
    {
      selector: 'edge.hop',
      style: {
        width: 'data(width)',
        'line-color': palette.path,
        opacity: 0.9,
        'curve-style': 'straight',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.hop.bent',
      style: {
        'curve-style': 'segments',
        'edge-distances': 'node-position',
        'segment-weights': (edge) => edge.data('segmentWeights'),
        'segment-distances': (edge) => edge.data('segmentDistances'),
      },
    },
    {
      selector: 'edge.hop.cold',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [7, 5] as unknown as string,
        'source-label': 'cold',
        'source-text-offset': 'data(markOffset)',
        'font-size': 11,
        'font-weight': 600,
        color: palette.label,
        'text-outline-color': palette.labelOutline,
        'text-outline-width': 3,
        'text-outline-opacity': 1,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge.hop.selected-path',
      style: { 'line-color': palette.selectedPath, opacity: 1, 'z-index': 15 },
    },
    { selector: 'edge.hop.faded', style: { opacity: 0.25, 'text-opacity': 0.4 } },
  ];
}

/** Hop width in model units from tie strength (0 to 1): a weak tie is a hairline, a strong one bold. */
export function hopWidth(strength: number): number {
  return Math.round((1.5 + 7 * Math.min(1, Math.max(0, strength))) * 10) / 10;
}
