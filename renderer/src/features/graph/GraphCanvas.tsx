import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import type { EgoGraphDto } from '../../../../common/dto';
import { sceneFromCy } from './cyScene';
import { diffById, nodeKey, toElements, type GraphNodeData } from './graphElements';
import type { GraphEmphasis } from './graphFilter';
import { graphStylesheet, isKeyRole, type GraphPalette } from './graphStyle';
import { boxesOverlap, type Box } from './pathLayout';
import type { PathView } from './pathView';
import type { PixelSize } from './exportSize';
import { sceneToSvg, svgToPng, type SvgFrame } from './svgExport';
import {
  bucketZoom,
  keyNodeSize,
  labelFontSize,
  pathEdgeWidth,
  zoomBucket,
  type ScaledKind,
} from './zoomScale';

export interface GraphCanvasHandle {
  /** With a frame (title and legend), drawn from the SVG; without, cytoscape's bitmap of the whole graph. */
  exportPng(frame?: SvgFrame, size?: PixelSize): Promise<Blob>;
  exportSvg(frame?: SvgFrame): string;
  fit(): void;
  zoomBy(factor: number): void;
  /** A force-directed layout (fcose); only offered for small graphs. */
  relayout(): Promise<void>;
  /** Back to the core's positions. */
  resetLayout(): void;
  centreOn(accountId: number): void;
  focus(): void;
}

export interface GraphHover {
  /** The node under the pointer, or null for a hop. */
  accountId: number | null;
  /** The hop under the pointer (its edge key), path-first view only. */
  hop?: string;
  /** Where to put the tooltip, in pixels inside the canvas. */
  x: number;
  y: number;
}

/** Above these sizes, pan and zoom draw less: edges hide while moving, then a cached bitmap. */
const HIDE_EDGES_FROM = 800;
const TEXTURE_FROM = 2000;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif';

let fcoseRegistered = false;

export type GraphRendererName = 'canvas' | 'webgl';

let webglProbe: boolean | undefined;

/**
 * Whether this browser gives out WebGL 2 contexts. Asked before cytoscape is: when its WebGL
 * renderer cannot get one it throws, and leaves its canvas renderer asking for one ever after
 * (it counts the WebGL layer on a shared prototype), so the canvas fallback would fail too.
 */
function webglAvailable(): boolean {
  if (webglProbe === undefined) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      webglProbe = gl !== null;
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webglProbe = false;
    }
  }
  return webglProbe;
}

/**
 * Cytoscape's canvas renderer, drawing nodes and edges with WebGL when asked and able (labels
 * and the selection still go through textures it draws on canvases).
 */
function createCy(
  options: cytoscape.CytoscapeOptions,
  webgl: boolean,
): { cy: Core; renderer: GraphRendererName } {
  if (webgl && webglAvailable()) {
    try {
      const cy = cytoscape({
        ...options,
        renderer: { name: 'canvas', webgl: true },
      } as cytoscape.CytoscapeOptions);
      return { cy, renderer: 'webgl' };
    } catch {
      // Half made: clear what it put in the container and draw with canvas instead.
      options.container?.replaceChildren();
    }
  }
  return { cy: cytoscape(options), renderer: 'canvas' };
}

/** Fits the graph in view without blowing a tiny graph (one prospect alone) up to fill it. */
function fitView(cy: Core): void {
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
}

/** Path edge widths by emphasis, in model units at zoom 1 (see zoomScale.ts). */
const pathWidths = { selected: 9, faded: 3, normal: 5 };

/**
 * Resizes labels, key nodes and path edges for the zoom (cytoscape draws in model units), only
 * when the zoom crosses a 12% step, and only the few hundred elements that carry them.
 */
function rescale(cy: Core, force: boolean, last: { bucket: number }): void {
  const bucket = zoomBucket(cy.zoom());
  if (!force && bucket === last.bucket) return;
  last.bucket = bucket;
  const zoom = bucketZoom(bucket);
  cy.batch(() => {
    cy.nodes('.key, .labelled').forEach((node) => {
      const role = node.data('role') as GraphNodeData['role'];
      const kind: ScaledKind = role === 'prospect' ? 'prospect' : isKeyRole(role) ? 'key' : 'other';
      const style: Record<string, number | string> = {};
      const label = node.data('label') as string;
      if (label) {
        const fontSize = labelFontSize(kind, zoom);
        style['font-size'] = fontSize;
        // The wrap width is in model units too: about 18 characters' worth at any zoom.
        style['text-max-width'] = `${Math.round(fontSize * 11)}px`;
      }
      if (kind !== 'other') {
        const size = keyNodeSize(Number(node.data('size')), zoom);
        style.width = size;
        style.height = size;
      }
      node.style(style);
    });
    cy.edges('.path').forEach((edge) => {
      const width = edge.hasClass('selected-path')
        ? pathWidths.selected
        : edge.hasClass('faded')
          ? pathWidths.faded
          : pathWidths.normal;
      edge.style('width', pathEdgeWidth(width, zoom));
    });
  });
}

/** How many pairs of drawn labels (names and hop marks) overlap, from cytoscape's own text boxes. */
function labelOverlaps(cy: Core): number {
  const boxes: Box[] = [];
  const add = (box: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH) => {
    if (box.w > 0 && box.h > 0) boxes.push({ x: box.x1, y: box.y1, width: box.w, height: box.h });
  };
  const only = { includeNodes: false, includeEdges: false, includeOverlays: false, includeUnderlays: false };
  cy.nodes('[label != ""]').forEach((node) => add(node.boundingBox({ ...only, includeLabels: true })));
  cy.edges('.cold').forEach((edge) =>
    add(
      edge.boundingBox({ ...only, includeLabels: true, includeMainLabels: false, includeSourceLabels: true }),
    ),
  );
  let count = 0;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (boxesOverlap(a, b)) count += 1;
  });
  return count;
}

/** The renderer's switches for pan and zoom; cytoscape reads them on every frame. */
interface RendererSwitches {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
}

/**
 * The cytoscape canvas. It owns one `cy` for its lifetime: new data is diffed in by id inside
 * `cy.batch()`, never rebuilt, and positions always come from the core (preset layout), so a
 * prospect looks the same every time it is opened.
 */
export function GraphCanvas({
  ref,
  graph,
  emphasis,
  palette,
  selectedNodeId,
  selectedPath,
  label,
  describedBy,
  onSelectNode,
  onHover,
  onFirstFrame,
  webgl = false,
  onRenderer,
  view = null,
  onViewport,
}: {
  ref?: Ref<GraphCanvasHandle>;
  graph: EgoGraphDto;
  emphasis: GraphEmphasis;
  palette: GraphPalette;
  selectedNodeId: number | null;
  /** Brought into view when it changes. */
  selectedPath: number | null;
  label: string;
  /** The id of the text that says how to use the graph from the keyboard. */
  describedBy?: string;
  onSelectNode: (accountId: number | null) => void;
  onHover: (hover: GraphHover | null) => void;
  onFirstFrame?: (ms: number, nodeCount: number) => void;
  /** Ask for the WebGL renderer. Read once: mount a new canvas (a new React key) to switch. */
  webgl?: boolean;
  /** Which renderer drew the graph: canvas when WebGL was not asked for or is not available. */
  onRenderer?: (renderer: GraphRendererName) => void;
  /** The path-first view: its own positions and fixed sizes. Read once: mount a new canvas to switch. */
  view?: PathView | null;
  /** Pan and zoom, after each change (for what is laid over the canvas). */
  onViewport?: (viewport: { zoom: number; pan: { x: number; y: number } }) => void;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelectNode, onHover, onFirstFrame, onRenderer, onViewport });
  callbacks.current = { onSelectNode, onHover, onFirstFrame, onRenderer, onViewport };
  // The path-first view has its own sizes, laid out so labels never overlap: no rescaling.
  const fixedSizes = useRef(view !== null);
  const webglAsked = useRef(webgl);
  const rendererName = useRef<GraphRendererName>('canvas');
  const paletteRef = useRef(palette);
  paletteRef.current = palette;
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const shownProspect = useRef<number | null>(null);
  const scale = useRef({ bucket: Number.NaN });
  const shownPath = useRef<number | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { cy, renderer } = createCy(
      {
        container,
        style: graphStylesheet(paletteRef.current) as cytoscape.StylesheetJson,
        layout: { name: 'preset' },
        minZoom: 0.02,
        maxZoom: 5,
        boxSelectionEnabled: false,
        selectionType: 'single',
        motionBlur: false,
      },
      webglAsked.current,
    );
    cyRef.current = cy;
    rendererName.current = renderer;
    container.dataset.renderer = renderer;
    callbacks.current.onRenderer?.(renderer);
    const accountOf = (target: cytoscape.NodeSingular) => Number(target.data('accountId'));
    cy.on('tap', 'node', (event) => callbacks.current.onSelectNode(accountOf(event.target)));
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelectNode(null);
    });
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      const position = node.renderedPosition();
      callbacks.current.onHover({
        accountId: accountOf(node),
        x: position.x,
        y: position.y - node.renderedHeight() / 2,
      });
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      callbacks.current.onHover(null);
      container.style.cursor = '';
    });
    cy.on('mouseover', 'edge.hop', (event) => {
      const edge = event.target as cytoscape.EdgeSingular;
      const at = edge.renderedMidpoint();
      callbacks.current.onHover({ accountId: null, hop: edge.id(), x: at.x, y: at.y - 6 });
    });
    cy.on('mouseout', 'edge.hop', () => callbacks.current.onHover(null));
    // Resized once the view settles: restyling mid-gesture would redraw 5,000 nodes per step.
    let settle: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    cy.on('viewport', () => {
      callbacks.current.onHover(null);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => callbacks.current.onViewport?.({ zoom: cy.zoom(), pan: cy.pan() }));
      if (fixedSizes.current) return;
      clearTimeout(settle);
      settle = setTimeout(() => rescale(cy, false, scale.current), 140);
    });
    const resize = new ResizeObserver(() => {
      cy.resize();
      // The path is the point of this view: keep it whole when details open beside it.
      if (fixedSizes.current) fitView(cy);
    });
    resize.observe(container);
    return () => {
      clearTimeout(settle);
      cancelAnimationFrame(frame);
      resize.disconnect();
      cyRef.current = null;
      shownProspect.current = null;
      cy.destroy();
    };
  }, []);

  // New data: diff by id, preset positions, fit when it is another prospect.
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const started = performance.now();
    const { nodes, edges } = toElements(graph, view);
    // Not in the typings, but public: the renderer reads these options on every frame. WebGL
    // draws every frame in full, fast enough that pan and zoom need no shortcuts.
    const switches = (cy as unknown as { renderer(): RendererSwitches }).renderer();
    const canvasOnly = rendererName.current === 'canvas';
    switches.hideEdgesOnViewport = canvasOnly && nodes.length >= HIDE_EDGES_FROM;
    switches.textureOnViewport = canvasOnly && nodes.length >= TEXTURE_FROM;
    cy.batch(() => {
      const nodeDiff = diffById(
        cy.nodes().map((node) => node.id()),
        nodes,
      );
      const edgeDiff = diffById(
        cy.edges().map((edge) => edge.id()),
        edges,
      );
      for (const id of edgeDiff.remove) cy.getElementById(id).remove();
      for (const id of nodeDiff.remove) cy.getElementById(id).remove();
      for (const node of nodeDiff.update) {
        const element = cy.getElementById(node.data.id);
        element.data(node.data);
        element.position(node.position);
      }
      for (const edge of edgeDiff.update) cy.getElementById(edge.data.id).data(edge.data);
      cy.add([...nodeDiff.add, ...edgeDiff.add]);
    });
    // The path-first layout changes with the canvas's width: show it whole each time.
    if (shownProspect.current !== graph.prospect.id || fixedSizes.current) {
      shownProspect.current = graph.prospect.id;
      fitView(cy);
      // A fit that changes nothing emits no viewport event; what lies over the canvas still needs it.
      callbacks.current.onViewport?.({ zoom: cy.zoom(), pan: cy.pan() });
    }
    if (!fixedSizes.current) rescale(cy, true, scale.current);
    const drawn = () =>
      requestAnimationFrame(() => {
        const ms = Math.round(performance.now() - started);
        container.dataset.firstFrameMs = String(ms);
        container.dataset.nodeCount = String(nodes.length);
        // What the path-first layout promises, measured on the drawn labels (read by the e2e spec).
        if (fixedSizes.current) container.dataset.labelOverlaps = String(labelOverlaps(cy));
        callbacks.current.onFirstFrame?.(ms, nodes.length);
      });
    // The WebGL renderer emits no 'render' event; it draws in cytoscape's next animation frame.
    if (rendererName.current === 'webgl') requestAnimationFrame(drawn);
    else cy.one('render', drawn);
  }, [graph, view]);

  // Filters and the selected path: classes only, in one batch.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      for (const [accountId, classes] of emphasis.nodes) {
        const node = cy.getElementById(nodeKey(accountId));
        const own = [classes, node.data('viewClasses') as string | undefined].filter(Boolean).join(' ');
        node.classes(node.data('label') && !fixedSizes.current ? `${own} labelled` : own);
      }
      for (const [id, classes] of emphasis.edges) {
        const edge = cy.getElementById(id);
        edge.classes([classes, edge.data('viewClasses') as string | undefined].filter(Boolean).join(' '));
      }
    });
    if (!fixedSizes.current) rescale(cy, true, scale.current);
  }, [emphasis, graph]);

  // A newly selected path is brought into view, close enough to read its names.
  useEffect(() => {
    const cy = cyRef.current;
    const previous = shownPath.current;
    shownPath.current = selectedPath;
    if (!cy || selectedPath === null || selectedPath === previous) return;
    const onPath = cy.nodes('.on-selected-path');
    if (onPath.empty()) return;
    const box = onPath.boundingBox();
    const padding = 70;
    const zoom = Math.min(
      1.1,
      (cy.width() - 2 * padding) / Math.max(box.w, 1),
      (cy.height() - 2 * padding) / Math.max(box.h, 1),
    );
    cy.stop();
    cy.animate({ zoom, center: { eles: onPath } }, { duration: 250 });
  }, [selectedPath, emphasis]);

  useEffect(() => {
    cyRef.current?.style(graphStylesheet(palette) as cytoscape.StylesheetJson);
  }, [palette]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selectedNodeId !== null) cy.getElementById(nodeKey(selectedNodeId)).select();
    });
  }, [selectedNodeId, graph]);

  useImperativeHandle(
    ref,
    (): GraphCanvasHandle => ({
      exportPng: async (frame, size) => {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not drawn yet.');
        const background = paletteRef.current.background;
        // A chosen size is drawn from the vector scene, fitted whole: labels stay sharp and the
        // file stays small (the full-resolution bitmap of a large graph was 15 MB).
        if (frame || size)
          return svgToPng(
            sceneToSvg({ ...sceneFromCy(cy, background, FONT_FAMILY), frame }),
            2,
            size ? { ...size, background } : undefined,
          );
        return cy.png({
          full: true,
          scale: 2,
          bg: paletteRef.current.background,
          output: 'blob-promise',
          maxWidth: 8000,
          maxHeight: 8000,
        });
      },
      exportSvg: (frame) => {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not drawn yet.');
        return sceneToSvg({ ...sceneFromCy(cy, paletteRef.current.background, FONT_FAMILY), frame });
      },
      fit: () => {
        if (cyRef.current) fitView(cyRef.current);
      },
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({
          level: cy.zoom() * factor,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
      },
      relayout: async () => {
        const cy = cyRef.current;
        if (!cy) return;
        if (!fcoseRegistered) {
          const { default: fcose } = await import('cytoscape-fcose');
          cytoscape.use(fcose);
          fcoseRegistered = true;
        }
        const prospect = cy.getElementById(nodeKey(graphRef.current.prospect.id));
        // Draft quality (spectral only) stacks leaves that share their one neighbour, and an ego
        // graph is mostly such leaves: the default quality untangles them, at about a second for
        // 300 nodes in software rendering (it blocks the thread, hence the small-graph limit).
        const options = {
          name: 'fcose',
          quality: 'default',
          randomize: true,
          animate: false,
          fit: true,
          padding: 30,
          nodeRepulsion: 8000,
          idealEdgeLength: 70,
          fixedNodeConstraint: prospect.nonempty()
            ? [{ nodeId: prospect.id(), position: { x: 0, y: 0 } }]
            : undefined,
        } as unknown as LayoutOptions;
        // Let the "Laying out…" state paint before the layout takes the thread.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        cy.layout(options).run();
      },
      resetLayout: () => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.batch(() => {
          for (const node of graphRef.current.nodes) {
            cy.getElementById(nodeKey(node.id)).position({ x: node.x, y: node.y });
          }
        });
        fitView(cy);
      },
      focus: () => containerRef.current?.focus(),
      centreOn: (accountId) => {
        const cy = cyRef.current;
        const node = cy?.getElementById(nodeKey(accountId));
        if (!cy || !node || node.empty()) return;
        cy.stop();
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.8) }, { duration: 200 });
      },
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const pan = 60;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: pan, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -pan, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: pan }),
      ArrowDown: () => cy.panBy({ x: 0, y: -pan }),
      '+': () =>
        cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      '=': () =>
        cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      '-': () =>
        cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      '0': () => fitView(cy),
    };
    const move = moves[event.key];
    if (!move || event.metaKey || event.ctrlKey || event.altKey) return;
    event.preventDefault();
    move();
  }

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph-canvas"
      data-view={view ? 'paths' : 'rings'}
      role="application"
      aria-label={label}
      aria-describedby={describedBy}
      aria-roledescription="network graph"
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
