import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { CategoryDto, GraphRole, ReferralPathDto } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { safeFileName, saveFile } from '../../components/saveFile';
import { useColorScheme } from '../../components/useColorScheme';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { GraphCanvas, type GraphCanvasHandle, type GraphHover, type GraphRendererName } from './GraphCanvas';
import { ExportButtons } from './ExportButtons';
import type { PixelSize } from './exportSize';
import { GraphDisplayOptions } from './GraphDisplayOptions';
import { GraphFilters } from './GraphFilters';
import { edgeKey, nodesById } from './graphElements';
import {
  allRoles,
  categoryCounts,
  defaultFilter,
  graphEmphasis,
  matchesText,
  type GraphFilter,
} from './graphFilter';
import { GraphLegend } from './GraphLegend';
import { graphStatusText } from './graphStatus';
import { darkPalette, lightPalette, nodeLabel } from './graphStyle';
import { GraphTooltip } from './GraphTooltip';
import { tooltipTarget } from './tooltipTarget';
import { NodeDetails } from './NodeDetails';
import { PathHotspots } from './PathHotspots';
import type { Viewport } from './viewport';
import { PathLegend } from './PathLegend';
import { pathExportFrame, pathLegendEntries } from './pathLegendEntries';
import { buildPathView } from './pathView';
import { useEgoGraph } from './useEgoGraph';
import { useGraphSettings } from './useGraphSettings';
import './graph.css';

/** fcose (default quality) stays around a second up to about this size; see GraphCanvas.relayout. */
const RELAYOUT_LIMIT = 400;

const noCategories: CategoryDto[] = [];

/** The workspace's categories, for the category filter's names. */
function useCategories(): CategoryDto[] {
  // On failure the filter lists the ids it finds under plain names.
  return useApiQuery('categories.list', {}, { dependsOn: ['rules'] }).data ?? noCategories;
}

/** The prospect's neighbourhood, drawn with the referral paths, filters and exports. */
export function GraphView({
  accountId,
  prospectName,
  paths,
  selectedPath,
  onSelectPath,
  onOpenAsProspect,
}: {
  accountId: number;
  prospectName: string;
  paths: readonly ReferralPathDto[];
  selectedPath: number | null;
  onSelectPath: (index: number | null) => void;
  onOpenAsProspect: (accountId: number) => Promise<void>;
}) {
  const [budget, setBudget] = useState(300);
  // As many paths as the list beside the graph shows ("Show more" draws more).
  const { graph, loading, error } = useEgoGraph(accountId, budget, Math.max(5, paths.length));
  const scheme = useColorScheme();
  const palette = scheme === 'dark' ? darkPalette : lightPalette;
  const canvas = useRef<GraphCanvasHandle>(null);
  const keyboardHelp = useId();
  const tooltipId = useId();
  // Path-first when the prospect has paths; the audience rings are the context a user can ask for.
  const [audienceRings, setAudienceRings] = useState(false);
  // The path-first layout cuts labels to the canvas's width, so it follows the canvas (in 20 px steps).
  const area = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setRoom(Math.round(element.clientWidth / 20) * 20 || undefined),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const pathView = useMemo(() => (graph ? buildPathView(graph, room) : null), [graph, room]);
  const showPaths = pathView !== null && !audienceRings;
  const shown = showPaths ? pathView.graph : graph;
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [focusedHotspot, setFocusedHotspot] = useState<string | null>(null);

  const [roles, setRoles] = useState(defaultFilter.roles);
  const [minFollowers, setMinFollowers] = useState(0);
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const debouncedText = useDebouncedValue(text, 150);
  const filter: GraphFilter = useMemo(
    () => ({ roles, minFollowers, categoryId, text: debouncedText }),
    [roles, minFollowers, categoryId, debouncedText],
  );
  const categories = useCategories();
  const { settings, update: updateSettings } = useGraphSettings();
  const webgl = settings?.webgl ?? false;
  const [renderer, setRenderer] = useState<GraphRendererName | null>(null);
  const [selectedNodeId, setSelectedNodeId] = useState<number | null>(null);
  const [hover, setHover] = useState<GraphHover | null>(null);
  const [relaidOut, setRelaidOut] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  // The graph's own path list is the one its node and edge indexes refer to.
  const graphPaths = graph?.paths ?? paths;
  const byId = useMemo(() => nodesById(shown), [shown]);
  const emphasis = useMemo(
    () => (shown ? graphEmphasis(shown, filter, selectedPath, edgeKey) : null),
    [shown, filter, selectedPath],
  );
  const counts = useMemo(() => {
    const result = Object.fromEntries(allRoles.map((role) => [role, 0])) as Record<GraphRole, number>;
    for (const node of graph?.nodes ?? []) result[node.role] += 1;
    return result;
  }, [graph]);
  const inCategory = useMemo(() => categoryCounts(graph?.nodes ?? []), [graph]);
  const categoryChoices = useMemo(() => {
    const known = categories.map((category) => ({ id: category.id, name: category.name }));
    // A category made since the list was read, or one the selection still names.
    for (const id of [...inCategory.keys(), ...(categoryId === null ? [] : [categoryId])]) {
      if (!known.some((category) => category.id === id)) known.push({ id, name: `Category ${id}` });
    }
    return known.map((category) => ({ ...category, count: inCategory.get(category.id) ?? 0 }));
  }, [categories, inCategory, categoryId]);
  const noCategories = categoryId === null && inCategory.size === 0;
  const categoryNames = useMemo(
    () => new Map(categoryChoices.map((category) => [category.id, category.name])),
    [categoryChoices],
  );
  const selectedNode = selectedNodeId === null ? null : (byId.get(selectedNodeId) ?? null);
  const tooltip = useMemo(
    () =>
      tooltipTarget({
        focused: focusedHotspot,
        view: showPaths ? pathView : null,
        viewport,
        hover,
        byId,
      }),
    [focusedHotspot, showPaths, pathView, viewport, hover, byId],
  );
  const pathLegend = useMemo(
    () => (showPaths ? pathLegendEntries(pathView, palette) : []),
    [showPaths, pathView, palette],
  );
  const roleColours = useMemo(
    () =>
      Object.fromEntries(allRoles.map((role) => [`--role-${role}`, palette.roles[role]])) as CSSProperties,
    [palette],
  );

  const exportAs = useCallback(
    async (kind: 'png' | 'svg', size: PixelSize | null) => {
      const handle = canvas.current;
      if (!handle) return;
      setBusy(kind);
      setActionError(null);
      try {
        const frame =
          showPaths && graph
            ? pathExportFrame(pathView, palette, nodeLabel(graph.prospect), new Date())
            : undefined;
        const name = safeFileName(frame ? frame.title : `${prospectName} — graph`, 'graph');
        if (kind === 'png') saveFile(await handle.exportPng(frame, size ?? undefined), `${name}.png`);
        else saveFile(handle.exportSvg(frame), `${name}.svg`, 'image/svg+xml');
      } catch (caught) {
        setActionError(describeError(caught));
      } finally {
        setBusy(null);
      }
    },
    [prospectName, showPaths, pathView, palette, graph],
  );

  const closeDetails = () => {
    setSelectedNodeId(null);
    canvas.current?.focus();
  };

  // Escape closes the details from anywhere in the graph view, and puts focus back on the canvas.
  const onViewKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (focusedHotspot !== null && selectedNodeId === null) {
      setFocusedHotspot(null);
      return;
    }
    if (selectedNodeId === null) return;
    event.preventDefault();
    closeDetails();
  };

  const toggleLayout = async () => {
    const handle = canvas.current;
    if (!handle) return;
    if (relaidOut) {
      handle.resetLayout();
      setRelaidOut(false);
      return;
    }
    setBusy('layout');
    try {
      await handle.relayout();
      setRelaidOut(true);
    } catch (caught) {
      setActionError(describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  const findFirst = () => {
    if (!graph || !debouncedText.trim()) return;
    const match = graph.nodes.find((node) => node.role !== 'prospect' && matchesText(node, text));
    if (match) {
      setSelectedNodeId(match.id);
      canvas.current?.centreOn(match.id);
    }
  };

  const openAsProspect = async (id: number) => {
    setOpening(true);
    setActionError(null);
    try {
      await onOpenAsProspect(id);
    } catch (caught) {
      setActionError(describeError(caught));
    } finally {
      setOpening(false);
    }
  };

  const drawn = shown?.nodes.length ?? 0;
  const statusLine = graph
    ? graphStatusText({
        drawn,
        visible: emphasis?.visibleCount ?? drawn,
        omitted: graph.omitted,
        text: debouncedText,
        matches: emphasis?.matchCount ?? 0,
      })
    : '';

  return (
    <section
      className="graph-view"
      data-testid="graph-view"
      aria-label="Graph"
      style={roleColours}
      onKeyDown={onViewKeyDown}
    >
      <div className="graph-toolbar" role="toolbar" aria-label="Graph">
        {/* The filters sort the audience; the path-first view draws only the paths. */}
        <GraphFilters
          hidden={showPaths}
          text={text}
          onText={setText}
          onFind={findFirst}
          minFollowers={minFollowers}
          onMinFollowers={setMinFollowers}
          categoryId={categoryId}
          onCategory={setCategoryId}
          categoryChoices={categoryChoices}
          noCategories={noCategories}
          budget={budget}
          onBudget={(value) => {
            setBudget(value);
            setRelaidOut(false);
          }}
          loading={loading && graph !== null}
        />
        <div className="graph-toolbar-group graph-toolbar-actions">
          {pathView && (
            <button
              type="button"
              className="button button-small"
              data-testid="graph-audience-toggle"
              aria-pressed={audienceRings}
              title={
                audienceRings
                  ? 'Back to the paths, read left to right: you, your people, bridges, the prospect'
                  : 'Show the prospect’s audience in rings around them, with the paths as spokes'
              }
              onClick={() => {
                setAudienceRings((on) => !on);
                setRelaidOut(false);
                setHover(null);
                setFocusedHotspot(null);
                setViewport(null);
              }}
            >
              {audienceRings ? 'Paths' : 'Audience rings'}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            title="Fit the graph in view (0)"
            aria-label="Fit"
            onClick={() => canvas.current?.fit()}
          >
            <Icon name="fit" size={15} />
          </button>
          {!showPaths && drawn > 1 && drawn <= RELAYOUT_LIMIT && (
            <button
              type="button"
              className="button button-small"
              disabled={busy !== null}
              title={
                relaidOut
                  ? 'Back to the standard layout: the prospect in the centre, paths as spokes'
                  : 'Re-layout with fcose, a force-directed layout; Reset layout brings the standard one back'
              }
              onClick={() => void toggleLayout()}
            >
              {busy === 'layout' ? 'Laying out…' : relaidOut ? 'Reset layout' : 'Re-layout'}
            </button>
          )}
          <ExportButtons disabled={!graph || busy !== null} framed={showPaths} onExport={exportAs} />
          <GraphDisplayOptions
            webgl={webgl}
            renderer={renderer}
            onWebgl={(on) => {
              setRenderer(null);
              setRelaidOut(false);
              updateSettings({ webgl: on });
            }}
          />
        </div>
      </div>
      {(error ?? actionError) && (
        <div className="graph-alert">
          <Alert
            title={error ? 'Could not draw the graph' : undefined}
            message={(error ?? actionError)!}
            onDismiss={actionError ? () => setActionError(null) : undefined}
          />
        </div>
      )}
      <div className="graph-stage">
        <div className="graph-canvas-area" ref={area}>
          {shown && emphasis && settings && (
            <GraphCanvas
              // The renderer and the view are chosen when cytoscape is made: another choice is another canvas.
              key={`${webgl ? 'webgl' : 'canvas'}-${showPaths ? 'paths' : 'rings'}`}
              webgl={webgl}
              onRenderer={setRenderer}
              ref={canvas}
              graph={shown}
              view={showPaths ? pathView : null}
              emphasis={emphasis}
              palette={palette}
              selectedNodeId={selectedNodeId}
              selectedPath={selectedPath}
              label={
                showPaths
                  ? `Paths to ${prospectName}, left to right: ${formatCount(graphPaths.length)} paths through ${formatCount(drawn)} accounts`
                  : `Network around ${prospectName}: ${formatCount(drawn)} accounts`
              }
              describedBy={keyboardHelp}
              onSelectNode={setSelectedNodeId}
              onHover={setHover}
              onViewport={setViewport}
            />
          )}
          <p id={keyboardHelp} className="visually-hidden">
            Arrow keys pan, plus and minus zoom, 0 fits the graph.{' '}
            {showPaths
              ? 'Tab moves along the paths: each person and each hop, with the evidence for it. Enter on a person opens their details beside the graph; Escape closes them.'
              : 'Use Find in graph and press Enter to select an account; the referral paths are listed beside the graph.'}
          </p>
          {showPaths && viewport && (
            <PathHotspots
              view={pathView}
              viewport={viewport}
              tooltipId={tooltipId}
              focused={focusedHotspot}
              onFocus={setFocusedHotspot}
              onSelectNode={setSelectedNodeId}
              onSelectPath={onSelectPath}
            />
          )}
          {!graph && loading && (
            <div className="graph-overlay-message" aria-busy="true">
              <span className="spinner" /> Drawing the neighbourhood…
            </div>
          )}
          {graph && drawn <= 1 && (
            <div className="graph-overlay-message graph-empty">
              Only {nodeLabel(graph.prospect)} is in the imported data. Import their followers or following to
              see who is around them.
            </div>
          )}
          {tooltip && <GraphTooltip id={tooltipId} target={tooltip} />}
        </div>
        {graph && selectedNode && (
          <NodeDetails
            key={selectedNode.id}
            node={selectedNode}
            // The whole neighbourhood: who follows whom (the path view's lines are hops, not follows).
            graph={graph}
            paths={graphPaths}
            categoryNames={categoryNames}
            opening={opening}
            onClose={closeDetails}
            onOpenAsProspect={(id) => void openAsProspect(id)}
            onSelectPath={(index) => onSelectPath(index)}
          />
        )}
      </div>
      {graph && (
        <div className="graph-footer">
          {showPaths ? (
            // The same test id as the audience's legend: either way, the graph's key.
            <div data-testid="graph-legend">
              <PathLegend entries={pathLegend} />
            </div>
          ) : (
            <GraphLegend
              counts={counts}
              shown={roles}
              onToggle={(role) => setRoles((current) => ({ ...current, [role]: !current[role] }))}
            />
          )}
          {/* What the node budget drew and left out is the audience's story, not the paths'. */}
          {!showPaths && (
            <div className="graph-status tabular" role="status" title={statusLine}>
              {statusLine}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
