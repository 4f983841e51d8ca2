/**
 * The path-first layout: the referral paths read left to right, one column per step (you, your
 * people, bridges by their distance to the prospect, the prospect). Pure, so the promise that
 * labels on the path never overlap can be tested: a label gets at most two lines of its column's
 * width under its node (cut here, with an ellipsis), boxes in a column are a row apart and columns
 * a gap apart; you and the prospect, alone at the ends, carry theirs to the outside. Hops that
 * skip a column pass through a reserved cell there (a waypoint), so no line crosses a node.
 */

export interface LayoutHop {
  from: number;
  to: number;
}

export interface LayoutPath {
  /** The account the path starts from: the user's own, or one of their people's. */
  start: number;
  hops: readonly LayoutHop[];
}

export interface PathLayoutInput {
  prospect: number;
  /** The node that stands for the user, drawn first; paths from their people are linked to it. */
  you: number;
  /** The user's own accounts: their paths start beside `you`, not after it. */
  own: ReadonlySet<number>;
  paths: readonly LayoutPath[];
  /** Full label per node; cut to the column's width here. */
  labels: ReadonlyMap<number, string>;
  /** The canvas width in pixels: labels are cut so the paths fit it at about their natural size. */
  room?: number;
}

export interface Box {
  /** Top-left corner, model units. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode {
  id: number;
  column: number;
  x: number;
  y: number;
  radius: number;
  fontSize: number;
  /** The label as drawn: one or two lines (joined by a newline), cut with an ellipsis to `labelBox.width`. */
  label: string;
  /** Where the label may be drawn. */
  labelBox: Box;
  /** Under the node, or to the outside for you and the prospect at the ends. */
  labelSide: 'below' | 'left' | 'right';
}

export interface PlacedEdge {
  source: number;
  target: number;
  /** Points the line passes through between its ends (one per column it skips). */
  waypoints: { x: number; y: number }[];
  /** Distance from the source's centre, along the first stretch, to the middle of the next gap: a hop's mark ("cold") sits there. */
  markOffset: number;
}

export interface PathLayout {
  nodes: Map<number, PlacedNode>;
  edges: PlacedEdge[];
  /** Column centres, left to right. */
  columns: number[];
}

export const PATH_LAYOUT = {
  fontSize: 13,
  prospectFontSize: 15,
  radius: 13,
  prospectRadius: 19,
  /** The widest a label line may be before it is cut (about 20 characters). */
  maxLabelWidth: 150,
  /** The narrowest, however small the canvas (about 8 characters a line). */
  minLabelWidth: 60,
  /** Space between two columns' label boxes, room for a hop's mark ("cold", about 34 wide with its outline). */
  columnGap: 48,
  /** Centres at least this far apart, so a lone hop still reads as a line with its mark on it. */
  minColumnStep: 100,
  sideGap: 6,
  maxLines: 2,
  /** Space between a label box and the next node below it. */
  rowMargin: 12,
  labelGap: 3,
  lineHeight: 1.3,
} as const;

/** A generous width estimate (system sans-serif), so the renderer rarely has to cut further. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xffdc) || code >= 0x1f300))
      em += 1.05;
    else if (/[A-Z@MWmw%#&]/.test(char)) em += 0.82;
    else if (/[iljtf.,:;'|!() ]/.test(char)) em += 0.36;
    else em += 0.6;
  }
  return em * fontSize;
}

/**
 * The label in at most `maxLines` lines of `width`, broken after a space, underscore, hyphen or
 * dot where one fits, the last line cut with an ellipsis; the full text stays in the tooltip.
 */
export function fitLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest !== '' && lines.length < maxLines - 1 && estimateTextWidth(rest, fontSize) > width) {
    const chars = [...rest];
    let fits = 1;
    while (fits < chars.length && estimateTextWidth(chars.slice(0, fits + 1).join(''), fontSize) <= width)
      fits += 1;
    let cut = fits;
    for (let i = fits; i > fits / 2; i -= 1) {
      if (/[\s_\-.]/.test(chars[i - 1]!)) {
        cut = i;
        break;
      }
    }
    lines.push(chars.slice(0, cut).join('').trimEnd());
    rest = chars.slice(cut).join('').trimStart();
  }
  if (rest !== '') lines.push(fitLabel(rest, width, fontSize));
  return lines;
}

/** The label cut with an ellipsis to fit `width`; the full text stays in the tooltip. */
export function fitLabel(text: string, width: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  let cut = chars.length;
  while (cut > 1 && estimateTextWidth(`${chars.slice(0, cut).join('').trimEnd()}…`, fontSize) > width)
    cut -= 1;
  return `${chars.slice(0, cut).join('').trimEnd()}…`;
}

type Item = { kind: 'node'; id: number } | { kind: 'waypoint'; edge: number; column: number };

const itemKey = (item: Item): string =>
  item.kind === 'node' ? `n${item.id}` : `w${item.edge}:${item.column}`;

/** Which column each account stands in. */
function assignColumns(input: PathLayoutInput): Map<number, number> {
  const starts = new Set(input.paths.map((path) => path.start));
  const hasPeople = [...starts].some((id) => id !== input.you && !input.own.has(id));
  const bridgeDistance = new Map<number, number>();
  for (const path of input.paths) {
    const ids = [path.start, ...path.hops.map((hop) => hop.to)];
    ids.forEach((id, position) => {
      const distance = ids.length - 1 - position;
      if (distance === 0 || starts.has(id) || id === input.you) return;
      bridgeDistance.set(id, Math.min(bridgeDistance.get(id) ?? Infinity, distance));
    });
  }
  // Only the distances some bridge stands at get a column.
  const distances = [...new Set(bridgeDistance.values())].sort((a, b) => b - a);
  const firstBridge = hasPeople ? 2 : 1;
  const columns = new Map<number, number>([[input.you, 0]]);
  for (const id of input.own) if (starts.has(id)) columns.set(id, 0);
  for (const id of starts) if (!columns.has(id)) columns.set(id, 1);
  for (const [id, distance] of bridgeDistance) {
    if (!columns.has(id)) columns.set(id, firstBridge + distances.indexOf(distance));
  }
  columns.set(input.prospect, firstBridge + distances.length);
  return columns;
}

/** The edges to draw, each once, in the order of the best path that uses it. */
function layoutEdges(input: PathLayoutInput): LayoutHop[] {
  const edges: LayoutHop[] = [];
  const seen = new Set<string>();
  const add = (from: number, to: number) => {
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to });
  };
  for (const path of input.paths) {
    if (path.start !== input.you && !input.own.has(path.start)) add(input.you, path.start);
    for (const hop of path.hops) add(hop.from, hop.to);
  }
  return edges;
}

/** The rank of each account: the best path it is on, so ties keep the ranking's order. */
function ranks(input: PathLayoutInput): Map<number, number> {
  const rank = new Map<number, number>([[input.you, -1]]);
  input.paths.forEach((path, index) => {
    for (const id of [path.start, ...path.hops.map((hop) => hop.to)]) if (!rank.has(id)) rank.set(id, index);
  });
  return rank;
}

export function layoutPaths(input: PathLayoutInput): PathLayout {
  const L = PATH_LAYOUT;
  const columnOf = assignColumns(input);
  const edges = layoutEdges(input);
  const rank = ranks(input);
  const columnCount = Math.max(...columnOf.values()) + 1;

  // Items per column, with one waypoint per column a forward edge skips.
  const items: Item[][] = Array.from({ length: columnCount }, () => []);
  for (const [id, column] of columnOf) items[column]!.push({ kind: 'node', id });
  const predecessors = new Map<string, string[]>();
  const link = (from: string, to: string) => predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  const chains: Item[][] = edges.map((edge, index) => {
    const from = columnOf.get(edge.from)!;
    const to = columnOf.get(edge.to)!;
    const chain: Item[] = [{ kind: 'node', id: edge.from }];
    for (let column = from + 1; column < to; column += 1) {
      const waypoint: Item = { kind: 'waypoint', edge: index, column };
      items[column]!.push(waypoint);
      chain.push(waypoint);
    }
    chain.push({ kind: 'node', id: edge.to });
    if (to > from) for (let i = 1; i < chain.length; i += 1) link(itemKey(chain[i - 1]!), itemKey(chain[i]!));
    return chain;
  });
  const itemRank = (item: Item) =>
    item.kind === 'node' ? rank.get(item.id)! : rank.get(edges[item.edge]!.to)!;

  const rowGap = 2 * L.radius + L.labelGap + L.maxLines * L.fontSize * L.lineHeight + L.rowMargin;
  const y = new Map<string, number>();
  for (const column of items) {
    // Each item goes level with the mean of what leads to it, as far as the row spacing allows.
    const wanted = column.map((item) => {
      const from = (predecessors.get(itemKey(item)) ?? [])
        .map((key) => y.get(key))
        .filter((v) => v !== undefined);
      return { item, bary: from.length > 0 ? from.reduce((a, b) => a + b, 0) / from.length : null };
    });
    wanted.sort(
      (a, b) =>
        (a.bary ?? Infinity) - (b.bary ?? Infinity) ||
        itemRank(a.item) - itemRank(b.item) ||
        itemKey(a.item).localeCompare(itemKey(b.item)),
    );
    const placed: number[] = [];
    wanted.forEach(({ bary }, i) => {
      const floor = i === 0 ? -Infinity : placed[i - 1]! + rowGap;
      placed.push(Math.max(bary ?? (i === 0 ? 0 : floor), floor));
    });
    // Shift the column as a whole so it sits centred on what it hangs from.
    const anchored = wanted.filter((w) => w.bary !== null);
    const shift =
      anchored.length > 0
        ? anchored.reduce((sum, w) => sum + w.bary! - placed[wanted.indexOf(w)]!, 0) / anchored.length
        : -(placed[0]! + placed.at(-1)!) / 2;
    wanted.forEach(({ item }, i) => y.set(itemKey(item), placed[i]! + shift));
  }

  // Inner columns share what the canvas leaves after the ends and the gaps (in pixels at zoom 1).
  const fontOf = (id: number) => (id === input.prospect ? L.prospectFontSize : L.fontSize);
  const radiusOf = (id: number) => (id === input.prospect ? L.prospectRadius : L.radius);
  const last = columnCount - 1;
  // Outside labels take room too: on a narrow canvas yours is cut shorter; the prospect's never is.
  const sideCap = (column: number) =>
    column === 0 && input.room !== undefined && input.room < 700 ? 90 : L.maxLabelWidth;
  const sideWidth = (column: number) =>
    Math.max(
      0,
      ...items[column]!.map((item) =>
        item.kind === 'node'
          ? Math.min(sideCap(column), estimateTextWidth(input.labels.get(item.id) ?? '', fontOf(item.id)))
          : 0,
      ),
    ) +
    L.prospectRadius +
    L.sideGap;
  const inner = Math.max(0, columnCount - 2);
  const spare =
    (input.room ?? Infinity) -
    40 -
    sideWidth(0) -
    sideWidth(last) -
    2 * L.prospectRadius -
    last * L.columnGap;
  const labelWidth = Math.min(
    L.maxLabelWidth,
    Math.max(L.minLabelWidth, inner > 0 ? spare / inner : Infinity),
  );
  const widths = items.map((column, index) =>
    index === 0 || index === last
      ? 2 * L.prospectRadius
      : Math.max(
          2 * L.prospectRadius,
          Math.min(
            labelWidth,
            Math.max(
              ...column.map((item) =>
                item.kind === 'node'
                  ? estimateTextWidth(input.labels.get(item.id) ?? '', fontOf(item.id))
                  : 0,
              ),
            ),
          ),
        ),
  );
  const columns: number[] = [];
  widths.forEach((width, column) => {
    const step = widths[column - 1]! / 2 + L.columnGap + width / 2;
    columns.push(column === 0 ? 0 : columns[column - 1]! + Math.max(step, L.minColumnStep));
  });

  const nodes = new Map<number, PlacedNode>();
  for (const [id, column] of columnOf) {
    const x = columns[column]!;
    const cy = y.get(`n${id}`)!;
    const radius = radiusOf(id);
    const fontSize = fontOf(id);
    const side = column === 0 ? 'left' : column === last ? 'right' : 'below';
    const width = side === 'below' ? widths[column]! : sideCap(column);
    const lines = fitLines(input.labels.get(id) ?? '', width, fontSize, L.maxLines);
    const height = lines.length * fontSize * L.lineHeight;
    const drawn =
      side === 'below' ? width : Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
    const labelBox: Box =
      side === 'below'
        ? { x: x - width / 2, y: cy + radius + L.labelGap, width, height }
        : {
            x: side === 'left' ? x - radius - L.sideGap - drawn : x + radius + L.sideGap,
            y: cy - height / 2,
            width: drawn,
            height,
          };
    nodes.set(id, {
      id,
      column,
      x,
      y: cy,
      radius,
      fontSize,
      label: lines.join('\n'),
      labelBox,
      labelSide: side,
    });
  }
  const placedEdges = edges.map((edge, index): PlacedEdge => {
    const waypoints = chains[index]!.slice(1, -1).map((item) => ({
      x: columns[(item as { column: number }).column]!,
      y: y.get(itemKey(item))!,
    }));
    const source = nodes.get(edge.from)!;
    const next = waypoints[0] ?? nodes.get(edge.to)!;
    const column = source.column;
    const after = Math.min(column + 1, columns.length - 1);
    const gapMiddle =
      column === after
        ? columns[column]!
        : (columns[column]! + widths[column]! / 2 + columns[after]! - widths[after]! / 2) / 2;
    const dx = next.x - source.x;
    const length = Math.hypot(dx, next.y - source.y);
    // Where the first stretch crosses the middle of the gap after the source's column.
    const markOffset = dx > 0 ? (length * (gapMiddle - source.x)) / dx : length / 2;
    return { source: edge.from, target: edge.to, waypoints, markOffset };
  });
  return { nodes, edges: placedEdges, columns };
}

/** Whether two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
