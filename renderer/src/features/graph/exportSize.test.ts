import { describe, expect, it } from 'vitest';
import { exportSizes, fitInto } from './exportSize';

describe('a graph picture at a chosen size', () => {
  it('offers as shown, 1920×1080 and 3840×2160', () => {
    expect(exportSizes.map((s) => s.label)).toEqual(['As shown', '1920 × 1080', '3840 × 2160']);
  });

  it('fits the drawing whole inside the size, centred, the rest background', () => {
    // A square drawing in a 16:9 picture: as tall as the picture, centred across.
    expect(fitInto({ width: 1000, height: 1000 }, { width: 1920, height: 1080 })).toEqual({
      scale: 1.08,
      x: 420,
      y: 0,
    });
    // A wide drawing: as wide as the picture, centred down.
    expect(fitInto({ width: 4000, height: 1000 }, { width: 1920, height: 1080 })).toEqual({
      scale: 0.48,
      x: 0,
      y: 300,
    });
  });
});
