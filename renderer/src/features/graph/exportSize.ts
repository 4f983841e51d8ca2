/** The sizes a graph picture is saved at: as it looks now, or a slide's full HD or 4K. */
export const exportSizes = [
  { id: 'shown', label: 'As shown', size: null },
  { id: '1080p', label: '1920 × 1080', size: { width: 1920, height: 1080 } },
  { id: '4k', label: '3840 × 2160', size: { width: 3840, height: 2160 } },
] as const;

export type ExportSizeId = (typeof exportSizes)[number]['id'];

export interface PixelSize {
  width: number;
  height: number;
}

/** How to draw a picture of `drawing`'s size whole inside `target`: its scale and where it starts. */
export function fitInto(drawing: PixelSize, target: PixelSize): { scale: number; x: number; y: number } {
  const scale = Math.min(target.width / drawing.width, target.height / drawing.height);
  return {
    scale,
    x: Math.round((target.width - drawing.width * scale) / 2),
    y: Math.round((target.height - drawing.height * scale) / 2),
  };
}
