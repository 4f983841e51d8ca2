import type { Core, EdgeSingular } from 'cytoscape';
import type { SvgEdge, SvgNode, SvgScene } from './svgExport';

/**
 * What the canvas shows, read back from cytoscape's computed styles: visible nodes and edges in
 * model coordinates with their colours, sizes, opacities and labels. Hidden (filtered) elements
 * are left out.
 */
export function sceneFromCy(cy: Core, background: string, fontFamily: string): SvgScene {
  const nodes: SvgNode[] = [];
  cy.nodes().forEach((node) => {
    if (!node.visible()) return;
    const { x, y } = node.position();
    const borderWidth = Number(node.numericStyle('border-width')) || 0;
    const label = String(node.data('label') ?? '');
    nodes.push({
      x,
      y,
      radius: node.width() / 2,
      fill: node.style('background-color'),
      opacity: node.effectiveOpacity(),
      borderColor: borderWidth > 0 ? node.style('border-color') : null,
      borderWidth,
      label,
      labelColor: node.style('color'),
      labelOutline: node.style('text-outline-color'),
      labelOpacity: Number(node.numericStyle('text-opacity')) || 0,
      fontSize: Number(node.numericStyle('font-size')) || 11,
      fontWeight: Number(node.style('font-weight')) || 500,
      ...(node.data('labelSide') ? { labelSide: node.data('labelSide') as SvgNode['labelSide'] } : {}),
      title: [node.data('handle') ? `@${String(node.data('handle'))}` : '', String(node.data('name') ?? '')]
        .filter(Boolean)
        .join(' · '),
    });
  });
  const edges: SvgEdge[] = [];
  cy.edges().forEach((edge) => {
    if (!edge.visible()) return;
    const source = edge.source().position();
    const target = edge.target().position();
    const bent = edge.style('curve-style') === 'segments';
    const points = bent ? (edge.segmentPoints() ?? []) : [];
    edges.push({
      x1: source.x,
      y1: source.y,
      x2: target.x,
      y2: target.y,
      color: edge.style('line-color'),
      width: Number(edge.numericStyle('width')) || 1,
      opacity: edge.effectiveOpacity(),
      ...(points.length > 0 ? { points } : {}),
      ...(edge.style('line-style') === 'dashed' ? { dashed: true } : {}),
      ...edgeMark(edge, points[0] ?? target),
    });
  });
  // Drawn order: emphasised edges last, so the selected path lies on top as on screen.
  edges.sort((a, b) => a.width - b.width);
  return { background, fontFamily, nodes, edges };
}

/** A hop's word ("cold"), where cytoscape draws it: along the first stretch, from where it leaves the node. */
function edgeMark(edge: EdgeSingular, next: { x: number; y: number }): Pick<SvgEdge, 'mark'> {
  const text = String(edge.style('source-label') ?? '');
  if (!text) return {};
  const from = edge.sourceEndpoint();
  const offset = Number(edge.numericStyle('source-text-offset')) || 0;
  const length = Math.hypot(next.x - from.x, next.y - from.y) || 1;
  return {
    mark: {
      text,
      x: from.x + ((next.x - from.x) * offset) / length,
      y: from.y + ((next.y - from.y) * offset) / length,
      color: edge.style('color'),
      outline: edge.style('text-outline-color'),
      fontSize: Number(edge.numericStyle('font-size')) || 11,
    },
  };
}
