import type {
  EgoGraphDto,
  GraphEdgeDto,
  GraphNodeDto,
  PathHopDto,
  ReferralPathDto,
  Relationship,
} from '../../../../common/dto';
import { accountLabel, formatStrength, relationshipPhrase } from '../prospect/pathText';
import { edgeKey } from './graphElements';
import { layoutPaths, type PathLayout, type PlacedNode } from './pathLayout';

/** The node that stands for the user when no account of theirs is drawn (no account has id 0). */
export const YOU_NODE = 0;

/** One drawn hop of the path-first view: how strong it is, and the evidence behind it. */
export interface HopView {
  key: string;
  source: number;
  target: number;
  strength: number;
  cold: boolean;
  /** "@b follows @a", "They follow each other", the core's evidence sentence, the cold reason. */
  evidence: string[];
  /** "You → Dana Lee". */
  title: string;
  paths: number[];
  /** Model points the line bends through, and where its "cold" mark sits. */
  waypoints: { x: number; y: number }[];
  markOffset: number;
}

export interface PathView {
  /** Only what is on a path (and the user), with the layered positions: filters and emphasis read it as any graph. */
  graph: EgoGraphDto;
  layout: PathLayout;
  hops: Map<string, HopView>;
  /** Relationship per drawn node: the colour of the user's people. */
  relationships: Map<number, Relationship>;
}

function nodeText(
  node: Pick<GraphNodeDto, 'handle' | 'name' | 'id' | 'personName' | 'relationship'>,
): string {
  if (node.relationship && node.relationship !== 'me' && node.personName?.trim())
    return node.personName.trim();
  return accountLabel(node);
}

/**
 * What `hop` shows about who knows whom, one fact a line: the core's evidence (follows, mutual,
 * replies and mentions with counts), else the bare direction; then whether the next person
 * knows the earlier one.
 */
export function hopEvidence(hop: PathHopDto): string[] {
  const from = accountLabel(hop.from);
  const to = accountLabel(hop.to);
  const { fromFollowsTo, toFollowsFrom, fromInteracted, toInteracted } = hop.direction;
  const lines = hop.evidence
    .split('; ')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) {
    if (fromFollowsTo && toFollowsFrom) lines.push(`${from} and ${to} follow each other`);
    else if (toFollowsFrom) lines.push(`${to} follows ${from}`);
    else if (fromFollowsTo) lines.push(`${from} follows ${to}`);
    if (toInteracted) lines.push(`${to} has interacted with ${from}`);
    if (fromInteracted) lines.push(`${from} has interacted with ${to}`);
  }
  lines.push(
    hop.cold ? `Cold: ${hop.coldReason ?? `${to} does not know ${from}`}` : `Warm: ${to} knows ${from}`,
  );
  return lines;
}

/** The user's own node: their account that starts the best path, any of theirs drawn, else a stand-in. */
function youNode(graph: EgoGraphDto, paths: readonly ReferralPathDto[]): GraphNodeDto {
  const own = graph.nodes.filter((node) => node.role === 'me');
  const starting = paths.find((path) => path.start.relationship === 'me');
  const chosen = own.find((node) => node.id === starting?.start.account.id) ?? own[0];
  if (chosen) return chosen;
  return {
    id: YOU_NODE,
    network: graph.prospect.network,
    handle: null,
    name: 'You',
    bio: null,
    role: 'me',
    reach: null,
    x: 0,
    y: 0,
    paths: [],
    categories: [],
    relationship: 'me',
  };
}

/**
 * The ego graph reduced to its referral paths, laid out left to right (see pathLayout.ts), with
 * each hop's tie strength and evidence. The user's tie to each of their people is a hop too.
 */
export function buildPathView(graph: EgoGraphDto, room?: number): PathView | null {
  const paths = graph.paths;
  if (paths.length === 0) return null;
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const you = youNode(graph, paths);
  byId.set(you.id, you);
  const own = new Set(graph.nodes.filter((node) => node.role === 'me').map((node) => node.id));

  const hops = new Map<string, HopView>();
  const addHop = (
    source: number,
    target: number,
    index: number,
    facts: Omit<HopView, 'key' | 'source' | 'target' | 'paths' | 'waypoints' | 'markOffset'>,
  ) => {
    const key = edgeKey({ source, target });
    const known = hops.get(key);
    if (known) {
      if (!known.paths.includes(index)) known.paths.push(index);
      return;
    }
    hops.set(key, { key, source, target, paths: [index], waypoints: [], markOffset: 0, ...facts });
  };
  const labelOf = (id: number) => {
    const node = byId.get(id);
    return node ? nodeText(node) : `#${id}`;
  };
  paths.forEach((path, index) => {
    const start = path.start.account.id;
    if (start !== you.id && !own.has(start)) {
      const phrase = relationshipPhrase(path.start.relationship);
      addHop(you.id, start, index, {
        strength: path.start.strength,
        cold: false,
        evidence: [
          `${path.start.personName.trim() || accountLabel(path.start.account)} is ${phrase} (People)`,
          `Your tie: ${formatStrength(path.start.strength)}, from the relationship`,
        ],
        title: `You → ${labelOf(start)}`,
      });
    }
    for (const hop of path.hops) {
      addHop(hop.from.id, hop.to.id, index, {
        strength: hop.strength,
        cold: hop.cold,
        evidence: [...hopEvidence(hop), `Tie strength: ${formatStrength(hop.strength)}`],
        title: `${labelOf(hop.from.id)} → ${labelOf(hop.to.id)}`,
      });
    }
  });

  const layout = layoutPaths({
    prospect: graph.prospect.id,
    you: you.id,
    own,
    paths: paths.map((path) => ({
      start: path.start.account.id,
      hops: path.hops.map((hop) => ({ from: hop.from.id, to: hop.to.id })),
    })),
    labels: new Map([...byId.keys()].map((id) => [id, id === you.id ? 'You' : labelOf(id)])),
    ...(room === undefined ? {} : { room }),
  });
  for (const edge of layout.edges) {
    const hop = hops.get(edgeKey({ source: edge.source, target: edge.target }));
    if (hop) Object.assign(hop, { waypoints: edge.waypoints, markOffset: edge.markOffset });
  }

  const onPath = new Map<number, number[]>();
  for (const hop of hops.values()) {
    for (const id of [hop.source, hop.target])
      onPath.set(id, [...new Set([...(onPath.get(id) ?? []), ...hop.paths])]);
  }
  const nodes = [...layout.nodes.values()].map((placed: PlacedNode): GraphNodeDto => {
    const node = byId.get(placed.id)!;
    return { ...node, x: placed.x, y: placed.y, paths: (onPath.get(placed.id) ?? []).sort((a, b) => a - b) };
  });
  const edges: GraphEdgeDto[] = [...hops.values()].map((hop) => ({
    source: hop.source,
    target: hop.target,
    mutual: false,
    paths: hop.paths,
  }));
  const relationships = new Map<number, Relationship>();
  for (const node of nodes) if (node.relationship) relationships.set(node.id, node.relationship);
  relationships.set(you.id, 'me');
  return { graph: { ...graph, nodes, edges }, layout, hops, relationships };
}
