import type { PathView } from './pathView';

/** Pan and zoom of the canvas: how model points map to pixels. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Where on screen a model point is drawn. */
export function toScreen(point: { x: number; y: number }, viewport: Viewport): { x: number; y: number } {
  return { x: point.x * viewport.zoom + viewport.pan.x, y: point.y * viewport.zoom + viewport.pan.y };
}

/** The point of a hop that carries its mark: in the gap after its start, on the first stretch. */
export function hopAnchor(view: PathView, key: string): { x: number; y: number } | null {
  const hop = view.hops.get(key);
  const source = hop && view.layout.nodes.get(hop.source);
  const target = hop && view.layout.nodes.get(hop.target);
  if (!hop || !source || !target) return null;
  const next = hop.waypoints[0] ?? target;
  const length = Math.hypot(next.x - source.x, next.y - source.y) || 1;
  const share = Math.min(1, hop.markOffset / length);
  return { x: source.x + (next.x - source.x) * share, y: source.y + (next.y - source.y) * share };
}
