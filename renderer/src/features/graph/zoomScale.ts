/**
 * Cytoscape draws in model units, so text and lines grow and shrink with zoom. Labels and the
 * few elements that matter (the prospect, the user's people, bridges, path edges) are resized as
 * the zoom changes so they keep a readable size on screen: constant between two zoom levels,
 * shrinking with the picture below the lower one (labels then hide at min-zoomed-font-size).
 */

export type ScaledKind = 'prospect' | 'key' | 'other';

interface ScaleRule {
  /** Label size in screen pixels while the zoom is at or above `floor`. */
  fontPx: number;
  /** Below this zoom, labels shrink with the picture. */
  floor: number;
}

export const labelRules: Record<ScaledKind, ScaleRule> = {
  prospect: { fontPx: 16, floor: 0.12 },
  key: { fontPx: 13, floor: 0.4 },
  other: { fontPx: 12, floor: 1 },
};

/** Label font size in model units at this zoom. */
export function labelFontSize(kind: ScaledKind, zoom: number): number {
  const rule = labelRules[kind];
  return round(rule.fontPx / Math.max(zoom, rule.floor));
}

/** Key nodes (the user's people, bridges) stay visible as dots when the whole graph is in view. */
export function keyNodeSize(size: number, zoom: number): number {
  return round(size / Math.min(1, Math.max(zoom, 0.35)));
}

/** Path edges: about their nominal width on screen from a quarter zoom to 1.5 times. */
export function pathEdgeWidth(width: number, zoom: number): number {
  return round(width / Math.min(1.5, Math.max(zoom, 0.25)));
}

/** Zoom steps of 12%: sizes are recomputed when the zoom crosses one, not on every frame. */
export function zoomBucket(zoom: number): number {
  return Math.round(Math.log(Math.max(zoom, 1e-6)) / Math.log(1.12));
}

export function bucketZoom(bucket: number): number {
  return 1.12 ** bucket;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
