import type { EgoGraphDto, GraphEdgeDto, GraphNodeDto, GraphRole } from '../../../../common/dto';
import { isKeyRole, labelledNodes, nodeLabel, nodeSize } from './graphStyle';

export interface GraphNodeData {
  id: string;
  accountId: number;
  role: GraphRole;
  label: string;
  handle: string | null;
  name: string | null;
  size: number;
  reach: number;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
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

/** The core's graph as cytoscape element definitions, positions preset by the core. */
export function toElements(graph: EgoGraphDto): { nodes: GraphNodeElement[]; edges: GraphEdgeElement[] } {
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
