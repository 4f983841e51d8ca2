import type { GraphNodeDto } from '../../../../common/dto';
import type { GraphHover } from './GraphCanvas';
import type { TooltipTarget } from './GraphTooltip';
import type { PathView } from './pathView';
import { hopAnchor, toScreen, type Viewport } from './viewport';

/**
 * What the tooltip shows and where: the keyboard's focus first (it stays put while the pointer
 * wanders), else what the pointer is over. Focus is a hotspot key: `n<accountId>` or a hop's key.
 */
export function tooltipTarget({
  focused,
  view,
  viewport,
  hover,
  byId,
}: {
  focused: string | null;
  view: PathView | null;
  viewport: Viewport | null;
  hover: GraphHover | null;
  byId: ReadonlyMap<number, GraphNodeDto>;
}): TooltipTarget | null {
  if (focused && view && viewport) {
    const hop = view.hops.get(focused);
    if (hop) {
      const anchor = hopAnchor(view, hop.key);
      return anchor ? { hop, ...toScreen({ x: anchor.x, y: anchor.y - 8 }, viewport) } : null;
    }
    const id = Number(focused.slice(1));
    const placed = view.layout.nodes.get(id);
    const node = byId.get(id);
    if (placed && node) return { node, ...toScreen({ x: placed.x, y: placed.y - placed.radius }, viewport) };
  }
  if (!hover) return null;
  if (hover.hop) {
    const hop = view?.hops.get(hover.hop);
    return hop ? { hop, x: hover.x, y: hover.y } : null;
  }
  const node = hover.accountId === null ? undefined : byId.get(hover.accountId);
  return node ? { node, x: hover.x, y: hover.y } : null;
}
