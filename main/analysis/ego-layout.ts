import type { GraphRole } from '../../common/dto';

export interface LayoutNode {
  id: number;
  role: GraphRole;
  reach: number | null;
  /** Hops to the prospect along the best path the node is on (paths' nodes only). */
  pathDistance?: number;
  /** The first path (index) the node is on. */
  path?: number;
}

const RING_GAP = 150;
const MIN_SPACING = 26;

/** Which ring a role sits on, counted out from the prospect after the path rings. */
const ringOrder: GraphRole[] = ['me', 'person', 'mutual', 'followee', 'follower'];

/**
 * Positions for the prospect's neighbourhood, computed once and the same every time for the same
 * data: the prospect at the centre, each referral path as a spoke, then rings by role with the
 * widest-reaching accounts first. Linear in the number of nodes, so 5,000 nodes cost nothing.
 */
export function layoutEgoGraph(
  nodes: LayoutNode[],
  pathCount: number,
): Map<number, { x: number; y: number }> {
  const positions = new Map<number, { x: number; y: number }>();
  const spokes = Math.max(pathCount, 1);
  const place = (id: number, radius: number, angle: number) =>
    positions.set(id, {
      x: Math.round(radius * Math.cos(angle) * 10) / 10,
      y: Math.round(radius * Math.sin(angle) * 10) / 10,
    });

  let maxPathRadius = 0;
  const onSpoke = new Map<string, number>();
  for (const node of nodes) {
    if (node.role === 'prospect') {
      positions.set(node.id, { x: 0, y: 0 });
    } else if (node.path !== undefined && node.pathDistance !== undefined) {
      // Paths fan out evenly; nodes that share a spoke slot are nudged apart.
      const slot = `${node.path}:${node.pathDistance}`;
      const crowd = onSpoke.get(slot) ?? 0;
      onSpoke.set(slot, crowd + 1);
      const angle = -Math.PI / 2 + (node.path * 2 * Math.PI) / spokes + crowd * 0.12;
      const radius = node.pathDistance * RING_GAP;
      maxPathRadius = Math.max(maxPathRadius, radius);
      place(node.id, radius, angle);
    }
  }

  let radius = maxPathRadius + RING_GAP;
  for (const role of ringOrder) {
    const members = nodes
      .filter((n) => n.role === role && !positions.has(n.id))
      .sort((a, b) => (b.reach ?? -1) - (a.reach ?? -1) || a.id - b.id);
    let index = 0;
    while (index < members.length) {
      const capacity = Math.max(8, Math.floor((2 * Math.PI * radius) / MIN_SPACING));
      const ring = members.slice(index, index + capacity);
      // Start each ring half a step off the previous one so labels do not line up radially.
      const offset = (radius / RING_GAP) * 0.37;
      ring.forEach((node, i) => place(node.id, radius, offset + (i * 2 * Math.PI) / ring.length));
      index += ring.length;
      radius += RING_GAP * 0.6;
    }
    if (members.length > 0) radius += RING_GAP * 0.4;
  }
  return positions;
}
