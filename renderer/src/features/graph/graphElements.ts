import type { EgoGraphDto, GraphEdgeDto, GraphNodeDto, GraphRole } from '../../../../common/dto';
import { hopWidth, isKeyRole, labelledNodes, nodeLabel, nodeSize } from './graphStyle';
import type { PathView } from './pathView';

export interface GraphNodeData {
  id: string;
  accountId: number;
  role: GraphRole;
  label: string;
  handle: string | null;
  name: string | null;
  size: number;
  reach: number;
  /** Path-first view: classes of the view, kept when emphasis restyles the node. */
  viewClasses?: string;
  relationship?: string;
  fontSize?: number;
  labelSide?: string;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  /** Path-first view: see `pathEdgeData`. */
  viewClasses?: string;
  width?: number;
  markOffset?: number;
  segmentWeights?: number[];
  segmentDistances?: number[];
}

export interface GraphNodeElement {
  group: 'nodes';
  data: GraphNodeData;
  position: { x: number; y: number };
  classes: string;
}

export interface GraphEdgeElement {
  group: 'edges';
  data: GraphEdgeData;
  classes: string;
}

export const nodeKey = (accountId: number): string => `n${accountId}`;
export const edgeKey = (edge: Pick<GraphEdgeDto, 'source' | 'target'>): string =>
  `e${edge.source}-${edge.target}`;

/**
 * Where a bent line's points lie, as cytoscape's segments edges want them: the share of the way
 * from source to target, and the distance to the side (with `edge-distances: node-position`).
 */
export function segmentsThrough(
  source: { x: number; y: number },
  target: { x: number; y: number },
  points: readonly { x: number; y: number }[],
): { weights: number[]; distances: number[] } {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    weights: points.map((p) => round(((p.x - source.x) * dx + (p.y - source.y) * dy) / (length * length))),
    distances: points.map((p) => round(((p.x - source.x) * -dy + (p.y - source.y) * dx) / length)),
  };
}

/** The path-first view's elements: its own layout, labels cut to fit, hops by tie strength. */
function pathViewElements(view: PathView): { nodes: GraphNodeElement[]; edges: GraphEdgeElement[] } {
  const placed = view.layout.nodes;
  const nodes = view.graph.nodes.map((node): GraphNodeElement => {
    const at = placed.get(node.id)!;
    return {
      group: 'nodes',
      data: {
        id: nodeKey(node.id),
        accountId: node.id,
        role: node.role,
        label: at.label,
        handle: node.handle,
        name: node.name,
        size: 2 * at.radius,
        reach: node.reach ?? 0,
        viewClasses: 'pv',
        relationship: view.relationships.get(node.id) ?? '',
        fontSize: at.fontSize,
        labelSide: at.labelSide,
      },
      position: { x: at.x, y: at.y },
      classes: 'pv',
    };
  });
  const edges = [...view.hops.values()].map((hop): GraphEdgeElement => {
    const bent = hop.waypoints.length > 0;
    const segments = bent
      ? segmentsThrough(placed.get(hop.source)!, placed.get(hop.target)!, hop.waypoints)
      : null;
    const viewClasses = ['hop', hop.cold ? 'cold' : '', bent ? 'bent' : ''].filter(Boolean).join(' ');
    return {
      group: 'edges',
      data: {
        id: hop.key,
        source: nodeKey(hop.source),
        target: nodeKey(hop.target),
        viewClasses,
        width: hopWidth(hop.strength),
        // Cytoscape measures the mark from where the line leaves the node, not from its centre.
        markOffset: Math.round(hop.markOffset - placed.get(hop.source)!.radius),
        ...(segments ? { segmentWeights: segments.weights, segmentDistances: segments.distances } : {}),
      },
      classes: viewClasses,
    };
  });
  return { nodes, edges };
}

/** The core's graph as cytoscape element definitions, positions preset by the core (or the path-first view's). */
export function toElements(
  graph: EgoGraphDto,
  view?: PathView | null,
): { nodes: GraphNodeElement[]; edges: GraphEdgeElement[] } {
  if (view) return pathViewElements(view);
  const labelled = labelledNodes(graph.nodes);
  const nodes = graph.nodes.map((node): GraphNodeElement => ({
    group: 'nodes',
    data: {
      id: nodeKey(node.id),
      accountId: node.id,
      role: node.role,
      label: labelled.has(node.id) ? nodeLabel(node) : '',
      handle: node.handle,
      name: node.name,
      size: nodeSize(node.reach, node.role),
      reach: node.reach ?? 0,
    },
    position: { x: node.x, y: node.y },
    classes: isKeyRole(node.role) ? 'key' : '',
  }));
  const present = new Set(graph.nodes.map((node) => node.id));
  const seen = new Set<string>();
  const edges: GraphEdgeElement[] = [];
  for (const edge of graph.edges) {
    const id = edgeKey(edge);
    if (seen.has(id) || !present.has(edge.source) || !present.has(edge.target)) continue;
    seen.add(id);
    edges.push({
      group: 'edges',
      data: { id, source: nodeKey(edge.source), target: nodeKey(edge.target) },
      classes: [edge.mutual ? 'mutual' : '', edge.paths.length > 0 ? 'path' : ''].filter(Boolean).join(' '),
    });
  }
  return { nodes, edges };
}

export interface ElementDiff<T extends { data: { id: string } }> {
  add: T[];
  update: T[];
  remove: string[];
}

/** What to add, update and remove so the drawn elements match `next`, matched by id. */
export function diffById<T extends { data: { id: string } }>(
  current: Iterable<string>,
  next: readonly T[],
): ElementDiff<T> {
  const wanted = new Map(next.map((element) => [element.data.id, element]));
  const existing = new Set(current);
  const remove = [...existing].filter((id) => !wanted.has(id));
  const add: T[] = [];
  const update: T[] = [];
  for (const [id, element] of wanted) (existing.has(id) ? update : add).push(element);
  return { add, update, remove };
}

/** Node lookups for tooltips and the details panel. */
export function nodesById(graph: EgoGraphDto | null): Map<number, GraphNodeDto> {
  return new Map((graph?.nodes ?? []).map((node) => [node.id, node]));
}
