import { describe, expect, it } from 'vitest';
import { escapeXml, sceneBounds, sceneToSvg, type SvgNode } from './svgExport';

function node(extra: Partial<SvgNode>): SvgNode {
  return {
    x: 0,
    y: 0,
    radius: 10,
    fill: '#e03131',
    opacity: 1,
    borderColor: null,
    borderWidth: 0,
    label: '',
    labelColor: '#000',
    labelOutline: '#fff',
    labelOpacity: 1,
    fontSize: 12,
    fontWeight: 600,
    title: '',
    ...extra,
  };
}

describe('SVG export', () => {
  it('escapes text so names cannot break the document', () => {
    expect(escapeXml(`<Tom & "Jerry's">`)).toBe('&lt;Tom &amp; &quot;Jerry&apos;s&quot;&gt;');
    expect(escapeXml('a\u0007b')).toBe('ab');
  });

  it('draws edges under nodes and labels on top, skipping what is invisible', () => {
    const svg = sceneToSvg({
      background: '#ffffff',
      fontFamily: 'system-ui',
      nodes: [
        node({ label: '@a&b', title: '@a&b · A' }),
        node({ x: 100, y: 50, radius: 5, borderColor: 'rgb(0,0,0)', borderWidth: 2 }),
        node({ x: 50, label: 'hidden', opacity: 0 }),
        node({ x: 60, label: 'faded label', labelOpacity: 0 }),
      ],
      edges: [
        { x1: 0, y1: 0, x2: 100, y2: 50, color: 'rgb(1,2,3)', width: 1.5, opacity: 0.2 },
        { x1: 0, y1: 0, x2: 1, y2: 1, color: 'red', width: 1, opacity: 0 },
      ],
    });
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toContain('>@a&amp;b</text>');
    expect(svg).toContain('stroke="rgb(0,0,0)" stroke-width="2"');
    expect(svg.indexOf('<line')).toBeLessThan(svg.indexOf('<circle'));
    expect(svg.lastIndexOf('<circle')).toBeLessThan(svg.indexOf('<text'));
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('frames the drawing with its labels and a margin', () => {
    const box = sceneBounds({
      background: '#fff',
      fontFamily: 'x',
      padding: 10,
      nodes: [
        node({ x: -100, y: 0, radius: 10 }),
        node({ x: 100, y: 40, radius: 10, label: 'x', fontSize: 12 }),
      ],
      edges: [],
    });
    expect(box.x).toBe(-120);
    expect(box.y).toBe(-20);
    expect(box.width).toBe(240);
    expect(box.height).toBe(40 + 10 + 16 + 10 + 20);
    expect(sceneBounds({ background: '', fontFamily: '', nodes: [], edges: [] }).width).toBe(100);
  });
});

describe('SVG export of the path-first view', () => {
  const frame = {
    title: 'Inside track to @acme_ceo — 3 December 2026',
    textColor: '#111',
    mutedColor: '#555',
    legend: [
      { kind: 'dot' as const, color: '#e8590c', label: 'Your customer' },
      {
        kind: 'line' as const,
        color: '#d6336c',
        width: 8,
        dashed: false,
        label: 'Line width = tie strength',
      },
      {
        kind: 'line' as const,
        color: '#d6336c',
        width: 3,
        dashed: true,
        label: 'Dashed = cold (they do not know the one before)',
      },
    ],
  };
  const scene = {
    background: '#fff',
    fontFamily: 'system-ui',
    nodes: [node({ label: 'Dana Lee' }), node({ x: 300, label: '@acme_ceo' })],
    edges: [
      {
        x1: 0,
        y1: 0,
        x2: 300,
        y2: 0,
        color: '#d6336c',
        width: 4,
        opacity: 1,
        dashed: true,
        points: [{ x: 150, y: 80 }],
        mark: { text: 'cold', x: 60, y: 30, color: '#111', outline: '#fff', fontSize: 11 },
      },
    ],
    frame,
  };

  it('has the title and every legend entry, with the cold hop dashed and marked', () => {
    const svg = sceneToSvg(scene);
    expect(svg).toContain('>Inside track to @acme_ceo — 3 December 2026</text>');
    expect(svg).toContain('>Your customer</text>');
    expect(svg).toContain('>Line width = tie strength</text>');
    expect(svg).toContain('>Dashed = cold (they do not know the one before)</text>');
    expect(svg).toMatch(/<polyline points="0,0 150,80 300,0"[^>]*stroke-dasharray=/);
    expect(svg).toContain('>cold</text>');
    // The legend's dashed sample is dashed too.
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2);
  });

  it('makes room above for the title and below for the legend, outside the drawing', () => {
    const plain = sceneToSvg({ ...scene, frame: undefined });
    const framed = sceneToSvg(scene);
    const viewBox = (svg: string) => /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    const [, plainY, plainWidth, plainHeight] = viewBox(plain);
    const [, framedY, framedWidth, framedHeight] = viewBox(framed);
    expect(framedY).toBeLessThan(plainY!);
    expect(framedHeight).toBeGreaterThan(plainHeight! + 60);
    expect(framedWidth).toBeGreaterThanOrEqual(plainWidth!);
  });
});

describe('SVG labels as the path-first view draws them', () => {
  it('puts your label to the left, the prospect’s to the right, and keeps a label’s two lines', () => {
    const svg = sceneToSvg({
      background: '#fff',
      fontFamily: 'x',
      nodes: [
        node({ x: 0, label: 'You', labelSide: 'left' }),
        node({ x: 200, label: 'Maria Fernanda\nGómez de la T…' }),
        node({ x: 400, label: '@acme_ceo', labelSide: 'right' }),
      ],
      edges: [],
    });
    expect(svg).toMatch(/<text x="-16" [^>]*text-anchor="end"[^>]*>You<\/text>/);
    expect(svg).toMatch(/<text x="416" [^>]*text-anchor="start"[^>]*>@acme_ceo<\/text>/);
    expect(svg).toContain(
      '<tspan x="200" dy="0">Maria Fernanda</tspan><tspan x="200" dy="15.6">Gómez de la T…</tspan>',
    );
    // The side labels are inside the picture.
    const [x, , width] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    expect(x).toBeLessThan(-16 - 3 * 12 * 0.6);
    expect(x! + width!).toBeGreaterThan(416 + 9 * 12 * 0.6);
  });
});
