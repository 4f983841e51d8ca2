import { fitInto } from './exportSize';
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
  /** Under the node (the default), or beside it; lines are separated by newlines. */
  labelSide?: 'below' | 'left' | 'right';
}

const LINE_HEIGHT = 1.3;
const SIDE_GAP = 6;

/** A label's lines and the box they take, as `sceneToSvg` draws them. */
function labelBlock(node: SvgNode): { lines: string[]; width: number; height: number } {
  const lines = node.label ? node.label.split('\n') : [];
  const width = Math.max(0, ...lines.map((line) => line.length * node.fontSize * 0.6));
  // One line is one font size tall (as before); each more adds a line's height.
  const height = lines.length === 0 ? 0 : node.fontSize * (1 + (lines.length - 1) * LINE_HEIGHT);
  return { lines, width, height };
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  opacity: number;
  /** Points a bent line passes through between its ends. */
  points?: { x: number; y: number }[];
  dashed?: boolean;
  /** A word on the line ("cold"), centred on `at`. */
  mark?: { text: string; x: number; y: number; color: string; outline: string; fontSize: number };
}

/** One line of the legend: a coloured dot, or a line of a width (dashed or not). */
export type LegendEntry = (
  { kind: 'dot'; color: string } | { kind: 'line'; color: string; width: number; dashed: boolean }
) & {
  label: string;
  /** The word under the canvas, where room is short; `label` is its explanation. */
  short?: string;
};

/** What turns a drawing into a picture someone can send: a title above, a legend below. */
export interface SvgFrame {
  title: string;
  legend: LegendEntry[];
  textColor: string;
  mutedColor: string;
}

export interface SvgScene {
  background: string;
  fontFamily: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** Blank space around the drawing, in model units. */
  padding?: number;
  frame?: SvgFrame;
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
    const label = labelBlock(node);
    const side = node.labelSide ?? 'below';
    const beside = node.radius + SIDE_GAP + label.width;
    minX = Math.min(
      minX,
      node.x - (side === 'left' ? beside : Math.max(node.radius, side === 'below' ? label.width / 2 : 0)),
    );
    maxX = Math.max(
      maxX,
      node.x + (side === 'right' ? beside : Math.max(node.radius, side === 'below' ? label.width / 2 : 0)),
    );
    minY = Math.min(minY, node.y - Math.max(node.radius, side === 'below' ? 0 : label.height / 2));
    maxY = Math.max(
      maxY,
      side === 'below'
        ? node.y + node.radius + (label.lines.length > 0 ? label.height + 4 : 0)
        : node.y + Math.max(node.radius, label.height / 2),
    );
  }
  for (const edge of scene.edges) {
    for (const point of [{ x: edge.x1, y: edge.y1 }, { x: edge.x2, y: edge.y2 }, ...(edge.points ?? [])]) {
      minX = Math.min(minX, point.x);
      maxX = Math.max(maxX, point.x);
      minY = Math.min(minY, point.y);
      maxY = Math.max(maxY, point.y);
    }
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

const TITLE_SIZE = 20;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 22;

/** The legend's rows: entries flow left to right and wrap at the drawing's width. */
function legendRows(legend: readonly LegendEntry[], width: number): LegendEntry[][] {
  const rows: LegendEntry[][] = [[]];
  let used = 0;
  for (const entry of legend) {
    const entryWidth = 34 + entry.label.length * LEGEND_SIZE * 0.56 + 12;
    if (used > 0 && used + entryWidth > width) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(entry);
    used += entryWidth;
  }
  return rows;
}

/** The title above the drawing and the legend below it, in the frame's own band. */
function frameSvg(
  frame: SvgFrame,
  box: { x: number; y: number; width: number },
  drawingBottom: number,
): string[] {
  const lines = [
    `<text x="${num(box.x + 16)}" y="${num(box.y + 16 + TITLE_SIZE)}" font-size="${TITLE_SIZE}" font-weight="700" fill="${escapeXml(frame.textColor)}">${escapeXml(frame.title)}</text>`,
    '<g class="legend">',
  ];
  legendRows(frame.legend, box.width - 32).forEach((row, index) => {
    const y = drawingBottom + 12 + index * LEGEND_ROW + LEGEND_ROW / 2;
    let x = box.x + 16;
    for (const entry of row) {
      if (entry.kind === 'dot') {
        lines.push(`<circle cx="${num(x + 12)}" cy="${num(y)}" r="6" fill="${escapeXml(entry.color)}"/>`);
      } else {
        const dash = entry.dashed ? ' stroke-dasharray="6 4"' : '';
        lines.push(
          `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + 26)}" y2="${num(y)}" stroke="${escapeXml(entry.color)}" stroke-width="${num(entry.width)}"${dash}/>`,
        );
      }
      lines.push(
        `<text x="${num(x + 32)}" y="${num(y + LEGEND_SIZE * 0.35)}" font-size="${LEGEND_SIZE}" fill="${escapeXml(frame.mutedColor)}">${escapeXml(entry.label)}</text>`,
      );
      x += 34 + entry.label.length * LEGEND_SIZE * 0.56 + 12;
    }
  });
  lines.push('</g>');
  return lines;
}

function edgeSvg(edge: SvgEdge): string {
  const stroke = `stroke="${escapeXml(edge.color)}" stroke-width="${num(edge.width)}" stroke-opacity="${num(edge.opacity)}"${edge.dashed ? ` stroke-dasharray="${num(edge.width * 1.6)} ${num(edge.width * 1.2)}"` : ''}`;
  if (edge.points && edge.points.length > 0) {
    const points = [{ x: edge.x1, y: edge.y1 }, ...edge.points, { x: edge.x2, y: edge.y2 }]
      .map((p) => `${num(p.x)},${num(p.y)}`)
      .join(' ');
    return `<polyline points="${points}" fill="none" stroke-linejoin="round" ${stroke}/>`;
  }
  return `<line x1="${num(edge.x1)}" y1="${num(edge.y1)}" x2="${num(edge.x2)}" y2="${num(edge.y2)}" ${stroke}/>`;
}

/** The scene as a standalone SVG document: edges under nodes, labels on top; with a frame, a title and legend. */
export function sceneToSvg(scene: SvgScene): string {
  const drawing = sceneBounds(scene);
  const frame = scene.frame;
  const titleHeight = frame ? 16 + TITLE_SIZE + 16 : 0;
  const titleWidth = frame ? 32 + frame.title.length * TITLE_SIZE * 0.6 : 0;
  const width = Math.max(drawing.width, titleWidth, frame ? 480 : 0);
  const legendHeight = frame ? 12 + legendRows(frame.legend, width - 32).length * LEGEND_ROW + 12 : 0;
  const box = {
    x: drawing.x - (width - drawing.width) / 2,
    y: drawing.y - titleHeight,
    width,
    height: drawing.height + titleHeight + legendHeight,
  };
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)}" width="${num(box.width)}" height="${num(box.height)}">`,
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" fill="${escapeXml(scene.background)}"/>`,
    '<g stroke-linecap="round">',
  ];
  for (const edge of scene.edges) {
    if (edge.opacity <= 0 || edge.width <= 0) continue;
    lines.push(edgeSvg(edge));
  }
  lines.push(
    '</g>',
    `<g font-family="${escapeXml(scene.fontFamily)}" text-anchor="middle" font-weight="600">`,
  );
  for (const edge of scene.edges) {
    const mark = edge.mark;
    if (!mark || edge.opacity <= 0) continue;
    lines.push(
      `<text x="${num(mark.x)}" y="${num(mark.y + mark.fontSize * 0.35)}" font-size="${num(mark.fontSize)}" fill="${escapeXml(mark.color)}" stroke="${escapeXml(mark.outline)}" stroke-width="3" paint-order="stroke">${escapeXml(mark.text)}</text>`,
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
    const label = labelBlock(node);
    const side = node.labelSide ?? 'below';
    const x =
      side === 'left'
        ? node.x - node.radius - SIDE_GAP
        : side === 'right'
          ? node.x + node.radius + SIDE_GAP
          : node.x;
    const anchor = side === 'left' ? ' text-anchor="end"' : side === 'right' ? ' text-anchor="start"' : '';
    // The first baseline: under the node, or so the block is centred on it.
    const y =
      side === 'below'
        ? node.y + node.radius + 3 + node.fontSize
        : node.y - label.height / 2 + node.fontSize * 0.85;
    const text =
      label.lines.length === 1
        ? escapeXml(label.lines[0]!)
        : label.lines
            .map(
              (line, i) =>
                `<tspan x="${num(x)}" dy="${i === 0 ? 0 : num(node.fontSize * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`,
            )
            .join('');
    lines.push(
      `<text x="${num(x)}" y="${num(y)}"${anchor} font-size="${num(node.fontSize)}" font-weight="${node.fontWeight}" fill="${escapeXml(node.labelColor)}" fill-opacity="${num(node.labelOpacity)}" stroke="${escapeXml(node.labelOutline)}" stroke-width="3" stroke-opacity="${num(0.85 * node.labelOpacity)}" paint-order="stroke">${text}</text>`,
    );
  }
  lines.push('</g>');
  if (frame) {
    lines.push(
      `<g font-family="${escapeXml(scene.fontFamily)}">`,
      ...frameSvg(frame, box, drawing.y + drawing.height),
      '</g>',
    );
  }
  lines.push('</svg>', '');
  return lines.join('\n');
}

/** An SVG document drawn to a PNG at `scale` (the browser's own SVG renderer, so it looks as the SVG does). */
/**
 * The SVG as a PNG: `scale` times its own size, or fitted whole into `size` (a slide's pixels) on
 * `background`.
 */
export async function svgToPng(
  svg: string,
  scale: number,
  size?: { width: number; height: number; background: string },
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size ? size.width : Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = size ? size.height : Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture.');
    if (size) {
      const fit = fitInto({ width: image.naturalWidth, height: image.naturalHeight }, size);
      context.fillStyle = size.background;
      context.fillRect(0, 0, size.width, size.height);
      context.drawImage(image, fit.x, fit.y, image.naturalWidth * fit.scale, image.naturalHeight * fit.scale);
    } else {
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
