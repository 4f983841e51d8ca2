import { hopAnchor, toScreen, type Viewport } from './viewport';
import type { PathView } from './pathView';

/**
 * The canvas draws pixels a keyboard cannot reach: one focusable button over each node and
 * each hop of the path-first view, in reading order, so Tab walks the paths and focus shows the
 * same tooltip as hover. They let the pointer through to the canvas (pan, zoom, click).
 */
export function PathHotspots({
  view,
  viewport,
  tooltipId,
  focused,
  onFocus,
  onSelectNode,
  onSelectPath,
}: {
  view: PathView;
  viewport: Viewport;
  tooltipId: string;
  focused: string | null;
  onFocus: (key: string | null) => void;
  onSelectNode: (accountId: number) => void;
  onSelectPath: (index: number) => void;
}) {
  const nodes = [...view.layout.nodes.values()].sort((a, b) => a.column - b.column || a.y - b.y);
  const byNode = new Map(view.graph.nodes.map((node) => [node.id, node]));
  return (
    <div className="path-hotspots" data-testid="path-hotspots">
      {nodes.map((placed) => {
        const node = byNode.get(placed.id)!;
        const key = `n${placed.id}`;
        const at = toScreen(placed, viewport);
        const size = Math.max(22, 2 * placed.radius * viewport.zoom);
        const name = node.personName ?? (node.handle ? `@${node.handle}` : (node.name ?? placed.label));
        const hops = [...view.hops.values()].filter((hop) => hop.source === placed.id);
        return [
          <button
            key={key}
            type="button"
            className="path-hotspot"
            data-testid="path-node"
            style={{ left: at.x - size / 2, top: at.y - size / 2, width: size, height: size }}
            aria-label={`${name}: show details`}
            aria-describedby={focused === key ? tooltipId : undefined}
            onFocus={() => onFocus(key)}
            onBlur={() => onFocus(null)}
            onClick={() => onSelectNode(placed.id)}
          />,
          ...hops.map((hop) => {
            const anchor = hopAnchor(view, hop.key);
            if (!anchor) return null;
            const point = toScreen(anchor, viewport);
            return (
              <button
                key={hop.key}
                type="button"
                className="path-hotspot path-hotspot-hop"
                data-testid="path-hop"
                style={{ left: point.x - 11, top: point.y - 11, width: 22, height: 22 }}
                aria-label={`${hop.title}${hop.cold ? ', cold' : ''}`}
                aria-describedby={focused === hop.key ? tooltipId : undefined}
                onFocus={() => onFocus(hop.key)}
                onBlur={() => onFocus(null)}
                onClick={() => onSelectPath(hop.paths[0]!)}
              />
            );
          }),
        ];
      })}
    </div>
  );
}
