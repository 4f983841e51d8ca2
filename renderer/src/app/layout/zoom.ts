import { paneLimits } from './paneLayout';

/** The same steps Chromium uses, so zooming feels like it does everywhere else. */
const zoomSteps = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

export function zoomIn(current: number): number {
  return zoomSteps.find((step) => step > current + 0.001) ?? paneLimits.zoom.max;
}

export function zoomOut(current: number): number {
  return [...zoomSteps].reverse().find((step) => step < current - 0.001) ?? paneLimits.zoom.min;
}

export function zoomPercent(zoom: number): string {
  return `${Math.round(zoom * 100)}%`;
}
