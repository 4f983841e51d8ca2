import type { EgoGraphDto } from '../../../common/dto';
import { escapeXml as xml } from '../../../common/xml-text';
import { pathColumns, type ColumnNode, type ColumnRole } from './path-columns';

/** The picture's geometry and colours: a light page, as a slide or a document shows it. */
const COLUMN_GAP = 220;
const ROW_GAP = 90;
const RADIUS = 14;
const MARGIN = 40;
const TITLE_BAND = 64;
const LEGEND_BAND = 56;
const LABEL_CHARS = 24;
const FONT = 'Inter, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", Arial, sans-serif';
const COLORS: Record<ColumnRole, string> = {
  you: '#2563eb',
  person: '#16a34a',
  bridge: '#d97706',
  prospect: '#dc2626',
};
const TEXT = '#111827';
const MUTED = '#4b5563';
const LINE = '#6b7280';
const LEGEND: [ColumnRole, string][] = [
  ['you', 'You'],
  ['person', 'Your people'],
  ['bridge', 'Who connects'],
  ['prospect', 'Prospect'],
];

/** A label on at most two lines of about LABEL_CHARS characters, the rest cut with an ellipsis. */
function labelLines(label: string): string[] {
  const chars = [...label];
  if (chars.length <= LABEL_CHARS) return [label];
  const first = chars.slice(0, LABEL_CHARS).join('');
  const space = first.lastIndexOf(' ');
  const head = space > LABEL_CHARS / 2 ? first.slice(0, space) : first;
  const rest = [...label.slice(head.length).trim()];
  const tail = rest.length > LABEL_CHARS ? `${rest.slice(0, LABEL_CHARS - 1).join('')}…` : rest.join('');
  return [head, tail];
}

/** Roughly how wide a line of text is at a font size: for the picture's width, not for layout precision. */
const textWidth = (text: string, size: number) => [...text].length * size * 0.6;

const LINE_ENTRIES: [string, string][] = [
  ['', 'Knows them (wider: closer)'],
  [' stroke-dasharray="8 6"', 'Cold: does not know them'],
];

/** Where each legend entry starts, and where the last one ends. */
function legendPlaces(): { starts: number[]; end: number } {
  const starts: number[] = [];
  let x = MARGIN;
  for (const [, label] of LEGEND) {
    starts.push(x);
    x += 30 + textWidth(label, 12);
  }
  for (const [, label] of LINE_ENTRIES) {
    starts.push(x);
    x += 44 + textWidth(label, 12);
  }
  return { starts, end: x };
}

/** The legend's row: a dot for each kind of node, a line for warm and cold hops. */
function legend(y: number): string[] {
  const { starts } = legendPlaces();
  const out = ['<g class="legend" font-size="12">'];
  LEGEND.forEach(([role, label], i) => {
    const x = starts[i]!;
    out.push(`<circle cx="${x + 6}" cy="${y}" r="6" fill="${COLORS[role]}"/>`);
    out.push(`<text x="${x + 18}" y="${y + 4}" fill="${MUTED}">${label}</text>`);
  });
  LINE_ENTRIES.forEach(([dash, label], i) => {
    const x = starts[LEGEND.length + i]!;
    out.push(`<line x1="${x}" y1="${y}" x2="${x + 26}" y2="${y}" stroke="${LINE}" stroke-width="3"${dash}/>`);
    out.push(`<text x="${x + 32}" y="${y + 4}" fill="${MUTED}">${label}</text>`);
  });
  out.push('</g>');
  return out;
}

export interface GraphSvg {
  svg: string;
  nodes: number;
  paths: number;
}

/**
 * The referral paths to a prospect as a standalone SVG: a title, the paths left to right (hop
 * width by tie strength, cold hops dashed and marked), and a legend.
 */
export function graphSvg(graph: EgoGraphDto, title: string): GraphSvg {
  const layout = pathColumns(graph);
  const height = Math.max(1, layout.rows) * ROW_GAP;
  const at = (node: ColumnNode) => {
    const inColumn = layout.nodes.filter((n) => n.column === node.column).length;
    return {
      x: MARGIN + 60 + node.column * COLUMN_GAP,
      y: TITLE_BAND + ROW_GAP / 2 + (height - inColumn * ROW_GAP) / 2 + node.row * ROW_GAP,
    };
  };
  const width = Math.round(
    Math.max(
      MARGIN * 2 + 120 + (layout.columns - 1) * COLUMN_GAP,
      MARGIN * 2 + textWidth(title, 20),
      legendPlaces().end + MARGIN,
    ),
  );
  const total = TITLE_BAND + height + LEGEND_BAND;
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${total}" width="${width}" height="${total}" font-family="${xml(FONT)}">`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="40" font-size="20" font-weight="700" fill="${TEXT}">${xml(title)}</text>`,
    '<g class="hops" fill="none" stroke-linecap="round">',
  ];
  const marks: string[] = [];
  for (const hop of layout.hops) {
    const a = at(byId.get(hop.from)!);
    const b = at(byId.get(hop.to)!);
    const strokeWidth = (1.5 + 4 * Math.max(0, Math.min(1, hop.strength))).toFixed(1);
    const dash = hop.cold ? ' stroke-dasharray="8 6"' : '';
    out.push(
      `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${LINE}" stroke-width="${strokeWidth}"${dash}/>`,
    );
    if (hop.cold) {
      const x = (a.x + b.x) / 2;
      const y = (a.y + b.y) / 2 - 8;
      marks.push(
        `<text x="${x}" y="${y}" font-size="12" text-anchor="middle" fill="${MUTED}" stroke="#ffffff" stroke-width="3" paint-order="stroke">cold</text>`,
      );
    }
  }
  out.push('</g>', ...marks, '<g class="nodes">');
  for (const node of layout.nodes) {
    const { x, y } = at(node);
    out.push(
      `<circle cx="${x}" cy="${y}" r="${node.role === 'prospect' ? RADIUS + 4 : RADIUS}" fill="${COLORS[node.role]}"><title>${xml(node.title)}</title></circle>`,
    );
    const lines = labelLines(node.label)
      .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : 15}">${xml(line)}</tspan>`)
      .join('');
    out.push(
      `<text x="${x}" y="${y + RADIUS + 18}" font-size="13" font-weight="600" text-anchor="middle" fill="${TEXT}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${lines}</text>`,
    );
  }
  out.push('</g>', ...legend(TITLE_BAND + height + LEGEND_BAND / 2));
  out.push('</svg>', '');
  return { svg: out.join('\n'), nodes: layout.nodes.length, paths: graph.paths.length };
}
