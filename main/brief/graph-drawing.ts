import type { EgoGraphDto, GraphNodeDto, GraphRole } from '../../common/dto';
import { fonts } from './fonts';
import { accountName, count, counted } from './format';
import { colors, sizes, type BriefWriter } from './layout';

export const roleStyle: Record<GraphRole, { color: string; legend: string }> = {
  prospect: { color: '#d97706', legend: 'Prospect' },
  me: { color: '#15803d', legend: 'You' },
  person: { color: '#22c55e', legend: 'Your people' },
  bridge: { color: '#7c3aed', legend: 'Bridges on a path' },
  mutual: { color: '#0891b2', legend: 'Follow each other' },
  followee: { color: '#2563eb', legend: 'They follow' },
  follower: { color: '#94a3b8', legend: 'Follow them' },
};

const PATH_COLORS = ['#dc2626', '#ea580c', '#f59e0b', '#db2777', '#9333ea'];
/** Besides the prospect, people and bridges: how many of the widest-reaching accounts get a name. */
const LABELLED_BY_REACH = 10;
const LABEL_SIZE = 6.5;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const LARGEST = 470;
const MAX_SCALE = 0.6;
/** A crowded picture needs more room to stay legible than a sparse one. */
const smallest = (graph: EgoGraphDto) => (graph.nodes.length > 60 ? 330 : 220);
const extras = (graph: EgoGraphDto) => 75 + graph.paths.length * 12;

/** As large as the page allows: the rest of this page when that is big enough, else a full one. */
function graphSize(w: BriefWriter, graph: EgoGraphDto): number {
  const room = w.bottom - w.doc.y - extras(graph);
  return Math.min(w.width, LARGEST, room >= smallest(graph) ? room : LARGEST);
}

/** The least room the picture with its legend and path key needs: to keep its heading with it. */
export function graphHeight(graph: EgoGraphDto): number {
  return smallest(graph) + extras(graph);
}

function radiusOf(node: GraphNodeDto): number {
  if (node.role === 'prospect') return 7;
  if (node.role === 'me' || node.role === 'person' || node.role === 'bridge') return 4.5;
  const reach = Math.log10((node.reach ?? 0) + 1);
  return Math.min(4.2, 2.4 + reach * 0.35);
}

/**
 * The prospect's neighbourhood as vector art: the core's preset layout scaled to the page, path
 * edges drawn over the rest, names only where they stay legible.
 */
export function drawGraph(w: BriefWriter, graph: EgoGraphDto): void {
  const { doc } = w;
  const size = graphSize(w, graph);
  w.ensureSpace(size + extras(graph));
  const xs = graph.nodes.map((n) => n.x);
  const ys = graph.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 24;
  // A small neighbourhood is not blown up to fill the page: a ring gap stays under ~90 points.
  const scale = Math.min(
    (size - 2 * pad) / Math.max(maxX - minX, 1),
    (size - 2 * pad) / Math.max(maxY - minY, 1),
    MAX_SCALE,
  );
  const height = Math.max(90, Math.min(size, (maxY - minY) * scale + 2 * pad));
  const area: Box = { x: w.left + (w.width - size) / 2, y: doc.y, w: size, h: height };
  doc.roundedRect(area.x, area.y, area.w, area.h, 4).fill(colors.panel);
  const cx = area.x + area.w / 2 - ((minX + maxX) / 2) * scale;
  const cy = area.y + area.h / 2 - ((minY + maxY) / 2) * scale;
  const at = new Map(graph.nodes.map((n) => [n.id, { x: cx + n.x * scale, y: cy + n.y * scale, node: n }]));

  doc.save();
  doc.lineWidth(0.35).strokeColor('#b8c4d0').strokeOpacity(0.55);
  for (const edge of graph.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (!a || !b || edge.paths.length) continue;
    doc.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke();
  }
  doc.strokeOpacity(1);
  const pathEdges = graph.edges
    .filter((e) => e.paths.length)
    .sort((a, b) => Math.min(...b.paths) - Math.min(...a.paths));
  for (const edge of pathEdges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (!a || !b) continue;
    const best = Math.min(...edge.paths);
    doc
      .lineWidth(best === 0 ? 2.2 : 1.3)
      .strokeColor(PATH_COLORS[best % PATH_COLORS.length]!)
      .moveTo(a.x, a.y)
      .lineTo(b.x, b.y)
      .stroke();
  }
  const drawOrder = [...at.values()].sort((a, b) => radiusOf(a.node) - radiusOf(b.node));
  for (const { x, y, node } of drawOrder) {
    doc.circle(x, y, radiusOf(node)).lineWidth(0.6).fillAndStroke(roleStyle[node.role].color, '#ffffff');
  }
  doc.restore();

  drawLabels(w, [...at.values()], area);
  doc.y = area.y + area.h + 8;
  doc.x = w.left;
  drawLegend(w, graph);
}

function drawLabels(w: BriefWriter, placed: { x: number; y: number; node: GraphNodeDto }[], area: Box): void {
  const { doc } = w;
  const always = placed.filter((p) => ['prospect', 'me', 'person', 'bridge'].includes(p.node.role));
  // The widest-reaching accounts sit side by side on a ring: try more of them than get a name.
  const byReach = placed
    .filter((p) => !always.includes(p) && p.node.reach !== null)
    .sort((a, b) => (b.node.reach ?? -1) - (a.node.reach ?? -1))
    .slice(0, LABELLED_BY_REACH * 4);
  const circles = new Map(
    placed.map((p) => {
      const r = radiusOf(p.node);
      return [p.node.id, { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }];
    }),
  );
  const taken: Box[] = [...circles.values()];
  let optional = 0;
  for (const [index, { x, y, node }] of [...always, ...byReach].entries()) {
    const mandatory = index < always.length;
    if (!mandatory && optional >= LABELLED_BY_REACH) break;
    const bold = node.role === 'prospect';
    const text = w.redactor.accountLabel(node.id) ?? w.say(accountName(node));
    doc.font(bold ? fonts.bold : fonts.regular).fontSize(bold ? 8 : LABEL_SIZE);
    const size = { width: doc.widthOfString(text), height: doc.currentLineHeight() };
    const own = circles.get(node.id);
    const spot = (free: (box: Box) => boolean) =>
      placeLabel(size, { x, y }, radiusOf(node) + 1.5, area, free);
    const chosen =
      spot((box) => taken.every((t) => t === own || !overlaps(box, t))) ??
      (mandatory ? spot(() => true) : null);
    if (!chosen) continue;
    if (!mandatory) optional += 1;
    taken.push(chosen);
    // A white halo keeps a name readable where it crosses edges.
    doc
      .save()
      .rect(chosen.x - 0.8, chosen.y - 0.2, chosen.w + 1.6, chosen.h + 0.4)
      .fillOpacity(0.8)
      .fill('#ffffff')
      .restore();
    doc.fillColor(colors.ink).text(text, chosen.x, chosen.y, { lineBreak: false });
  }
}

/** The first free spot around a node: right, left, above, below, then the diagonals. */
function placeLabel(
  { width, height }: { width: number; height: number },
  at: { x: number; y: number },
  r: number,
  area: Box,
  free: (box: Box) => boolean,
): Box | null {
  const { x, y } = at;
  const spots = [
    [x + r, y - height / 2],
    [x - r - width, y - height / 2],
    [x - width / 2, y - r - height],
    [x - width / 2, y + r],
    [x + r * 0.7, y - r * 0.7 - height],
    [x + r * 0.7, y + r * 0.7],
    [x - r * 0.7 - width, y - r * 0.7 - height],
    [x - r * 0.7 - width, y + r * 0.7],
  ] as const;
  for (const [left, top] of spots) {
    const box = {
      x: Math.min(Math.max(left, area.x + 2), area.x + area.w - width - 2),
      y: Math.min(Math.max(top, area.y + 2), area.y + area.h - height - 2),
      w: width,
      h: height,
    };
    if (free(box)) return box;
  }
  return null;
}

function drawLegend(w: BriefWriter, graph: EgoGraphDto): void {
  const { doc } = w;
  const counts = new Map<GraphRole, number>();
  for (const node of graph.nodes) counts.set(node.role, (counts.get(node.role) ?? 0) + 1);
  let x = w.left;
  let y = doc.y + 4;
  doc.font(fonts.regular).fontSize(sizes.small);
  for (const role of Object.keys(roleStyle) as GraphRole[]) {
    const shown = counts.get(role);
    if (!shown) continue;
    const label = `${roleStyle[role].legend} (${count(shown)})`;
    const width = 12 + doc.widthOfString(label) + 12;
    if (x + width > w.left + w.width) [x, y] = [w.left, y + 13];
    doc.circle(x + 4, y + 4.5, 3.5).fill(roleStyle[role].color);
    doc.fillColor(colors.ink).text(label, x + 11, y, { lineBreak: false });
    x += width;
  }
  doc.y = y + 14;
  doc.x = w.left;
  graph.paths.forEach((path, index) => {
    const chain = [path.start.account, ...path.hops.map((h) => h.to)].map(
      (a) => w.redactor.accountLabel(a.id) ?? accountName(a),
    );
    const lineY = doc.y + 5;
    doc.lineWidth(index === 0 ? 2.2 : 1.3).strokeColor(PATH_COLORS[index % PATH_COLORS.length]!);
    doc
      .moveTo(w.left, lineY)
      .lineTo(w.left + 16, lineY)
      .stroke();
    w.runs([{ text: `Path ${index + 1}: ${chain.join(' → ')}`, size: sizes.small }], {
      indent: 22,
      gapAfter: 1,
    });
  });
  const { followers, followees } = graph.omitted;
  w.note(
    `${count(graph.nodes.length)} accounts shown, placed by the same layout as the app’s graph view: the prospect in the middle, referral paths as spokes, then rings by role with the widest-reaching accounts first.` +
      (followers || followees
        ? ` Left out to keep it legible: ${counted(followers, 'follower')} and ${counted(followees, 'followee')}.`
        : ''),
  );
}
