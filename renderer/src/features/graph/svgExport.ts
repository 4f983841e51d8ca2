/**
 * A small SVG writer for the graph: cytoscape's core exports only bitmaps. It takes a plain
 * scene (what the canvas shows: circles, lines and labels in model coordinates) so it can be
 * tested without a browser.
 */

export interface SvgNode {
  x: number;
  y: number;
  radius: number;
  fill: string;
  opacity: number;
  borderColor: string | null;
  borderWidth: number;
  label: string;
  labelColor: string;
  labelOutline: string;
  labelOpacity: number;
  fontSize: number;
  fontWeight: number;
  /** For the tooltip a viewer shows on hover: "@handle · Name". */
  title: string;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  opacity: number;
}

export interface SvgScene {
  background: string;
  fontFamily: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** Blank space around the drawing, in model units. */
  padding?: number;
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text and attribute values; control characters other than tab and newlines are invalid in XML. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/[&<>"']/g, (char) => entities[char]!)
  );
}

function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

/** The area the drawing covers, labels included (they hang below their node). */
export function sceneBounds(scene: SvgScene): { x: number; y: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of scene.nodes) {
    const labelHalf = node.label ? node.label.length * node.fontSize * 0.3 : 0;
    const half = Math.max(node.radius, labelHalf);
    minX = Math.min(minX, node.x - half);
    maxX = Math.max(maxX, node.x + half);
    minY = Math.min(minY, node.y - node.radius);
    maxY = Math.max(maxY, node.y + node.radius + (node.label ? node.fontSize + 4 : 0));
  }
  for (const edge of scene.edges) {
    minX = Math.min(minX, edge.x1, edge.x2);
    maxX = Math.max(maxX, edge.x1, edge.x2);
    minY = Math.min(minY, edge.y1, edge.y2);
    maxY = Math.max(maxY, edge.y1, edge.y2);
  }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, width: 100, height: 100 };
  const padding = scene.padding ?? 20;
  return {
    x: minX - padding,
    y: minY - padding,
    width: maxX - minX + 2 * padding,
    height: maxY - minY + 2 * padding,
  };
}

/** The scene as a standalone SVG document: edges under nodes, labels on top. */
export function sceneToSvg(scene: SvgScene): string {
  const box = sceneBounds(scene);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)}" width="${num(box.width)}" height="${num(box.height)}">`,
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" fill="${escapeXml(scene.background)}"/>`,
    '<g stroke-linecap="round">',
  ];
  for (const edge of scene.edges) {
    if (edge.opacity <= 0 || edge.width <= 0) continue;
    lines.push(
      `<line x1="${num(edge.x1)}" y1="${num(edge.y1)}" x2="${num(edge.x2)}" y2="${num(edge.y2)}" stroke="${escapeXml(edge.color)}" stroke-width="${num(edge.width)}" stroke-opacity="${num(edge.opacity)}"/>`,
    );
  }
  lines.push('</g>', '<g>');
  for (const node of scene.nodes) {
    if (node.opacity <= 0) continue;
    const border =
      node.borderColor && node.borderWidth > 0
        ? ` stroke="${escapeXml(node.borderColor)}" stroke-width="${num(node.borderWidth)}"`
        : '';
    lines.push(
      `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.radius)}" fill="${escapeXml(node.fill)}" fill-opacity="${num(node.opacity)}"${border}><title>${escapeXml(node.title)}</title></circle>`,
    );
  }
  lines.push('</g>', `<g font-family="${escapeXml(scene.fontFamily)}" text-anchor="middle">`);
  for (const node of scene.nodes) {
    if (!node.label || node.opacity <= 0 || node.labelOpacity <= 0) continue;
    const y = node.y + node.radius + 3 + node.fontSize;
    lines.push(
      `<text x="${num(node.x)}" y="${num(y)}" font-size="${num(node.fontSize)}" font-weight="${node.fontWeight}" fill="${escapeXml(node.labelColor)}" fill-opacity="${num(node.labelOpacity)}" stroke="${escapeXml(node.labelOutline)}" stroke-width="3" stroke-opacity="${num(0.85 * node.labelOpacity)}" paint-order="stroke">${escapeXml(node.label)}</text>`,
    );
  }
  lines.push('</g>', '</svg>', '');
  return lines.join('\n');
}
