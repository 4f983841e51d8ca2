import { useLayoutEffect, useRef } from 'react';
import type { GraphNodeDto } from '../../../../common/dto';
import { nodeLabel } from './graphStyle';
import type { HopView } from './pathView';

/** What the tooltip is about: a node or a hop, and where to put it (pixels inside the canvas). */
export interface TooltipTarget {
  node?: GraphNodeDto;
  hop?: HopView;
  x: number;
  y: number;
}

const MARGIN = 6;

/**
 * The evidence behind what the pointer or the keyboard focus is on: a node's full name (labels
 * may be cut), a hop's who-follows-whom and tie strength. The focused element names it in
 * aria-describedby, so screen readers read it too. It stays inside the canvas: above its point
 * when there is room, else below, and shifted sideways at the edges.
 */
export function GraphTooltip({ id, target }: { id: string; target: TooltipTarget }) {
  const { node, hop } = target;
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    const area = element?.parentElement;
    if (!element || !area) return;
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    const left = Math.min(Math.max(MARGIN, target.x - width / 2), area.clientWidth - width - MARGIN);
    const above = target.y - height - MARGIN >= MARGIN;
    element.style.left = `${Math.max(MARGIN, left)}px`;
    element.style.top = `${above ? target.y - height - MARGIN : target.y + 2 * MARGIN + 8}px`;
    element.style.visibility = 'visible';
  }, [target]);
  return (
    <div
      ref={box}
      id={id}
      className="graph-tooltip graph-tooltip-placed"
      data-testid="graph-tooltip"
      style={{ left: 0, top: 0, visibility: 'hidden' }}
      role="tooltip"
    >
      {node && (
        <>
          <span className="graph-tooltip-handle">{node.handle ? `@${node.handle}` : nodeLabel(node)}</span>
          {node.personName && node.personName !== node.name && (
            <span className="graph-tooltip-name">{node.personName}</span>
          )}
          {node.name && node.handle && <span className="graph-tooltip-name">{node.name}</span>}
        </>
      )}
      {hop && (
        <>
          <span className="graph-tooltip-handle">{hop.title}</span>
          {hop.evidence.map((line) => (
            <span key={line} className="graph-tooltip-line">
              {line}
            </span>
          ))}
        </>
      )}
    </div>
  );
}
