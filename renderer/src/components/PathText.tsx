import { useLayoutEffect, useRef, useState } from 'react';
import { shortenPath } from './format/ellipsis';

let measuringContext: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * 7;
  measuringContext.font = font;
  return measuringContext.measureText(text).width;
}

/** The longest shortening of `path` that fits `width` pixels in `font`. */
function fitPath(path: string, width: number, font: string): string {
  if (width <= 0 || textWidth(path, font) <= width) return path;
  let low = 1;
  let high = path.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(shortenPath(path, middle), font) <= width) low = middle;
    else high = middle - 1;
  }
  return shortenPath(path, low);
}

/**
 * A file path that shortens in the middle when space runs out, keeping the file name readable:
 * CSS can only cut the end of a line, which is the part of a path that matters most.
 * The whole path is in the tooltip.
 */
export function PathText({ path, className }: { path: string; className?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [shown, setShown] = useState(path);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => setShown(fitPath(path, element.clientWidth, getComputedStyle(element).font));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [path]);

  return (
    <span ref={ref} className={className ? `path-text ${className}` : 'path-text'} title={path}>
      {shown}
    </span>
  );
}
