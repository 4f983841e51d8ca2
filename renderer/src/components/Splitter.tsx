import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import './splitter.css';

const keyStep = 16;
const bigKeyStep = 64;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The handle between two panes. It resizes the pane on one side: `side="start"` for a pane to
 * its left (dragging right widens it), `side="end"` for a pane to its right. Pointer positions
 * are divided by `zoom` because the app is drawn zoomed but pointer events are not.
 */
export function Splitter({
  label,
  value,
  min,
  max,
  side,
  zoom,
  onResize,
  onResizeEnd,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  side: 'start' | 'end';
  zoom: number;
  onResize: (width: number) => void;
  onResizeEnd?: () => void;
}) {
  const drag = useRef<{ pointerId: number; startX: number; startValue: number } | null>(null);
  const direction = side === 'start' ? 1 : -1;

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus({ preventScroll: true });
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startValue: value };
    document.body.classList.add('is-resizing');
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const delta = ((event.clientX - current.startX) / zoom) * direction;
    onResize(clamp(Math.round(current.startValue + delta), min, max));
  }

  function endDrag(event: PointerEvent<HTMLDivElement>) {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    document.body.classList.remove('is-resizing');
    onResizeEnd?.();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? bigKeyStep : keyStep;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = value + step * direction;
    else if (event.key === 'ArrowLeft') next = value - step * direction;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onResize(clamp(next, min, max));
  }

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}
