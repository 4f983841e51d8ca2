import { describe, expect, it } from 'vitest';
import { bucketZoom, keyNodeSize, labelFontSize, pathEdgeWidth, zoomBucket } from './zoomScale';

describe('sizes that follow the zoom', () => {
  it('keeps key labels the same size on screen down to their floor, then shrinks them', () => {
    const onScreen = (zoom: number) => labelFontSize('key', zoom) * zoom;
    expect(onScreen(2)).toBeCloseTo(13, 1);
    expect(onScreen(1)).toBeCloseTo(13, 1);
    expect(onScreen(0.4)).toBeCloseTo(13, 1);
    expect(onScreen(0.2)).toBeCloseTo(6.5, 1);
  });

  it('never lets the prospect’s label grow past its size when zoomed in', () => {
    expect(labelFontSize('prospect', 4) * 4).toBeCloseTo(16, 1);
    expect(labelFontSize('prospect', 0.12) * 0.12).toBeCloseTo(16, 1);
    expect(labelFontSize('other', 0.5) * 0.5).toBeCloseTo(6, 1);
  });

  it('keeps path edges and key nodes visible when zoomed far out', () => {
    expect(pathEdgeWidth(5, 0.1) * 0.1).toBeCloseTo(2, 1);
    expect(pathEdgeWidth(5, 1)).toBe(5);
    expect(pathEdgeWidth(6, 3) * 3).toBeCloseTo(12, 1);
    expect(keyNodeSize(20, 0.1) * 0.1).toBeCloseTo(5.71, 1);
    expect(keyNodeSize(20, 2)).toBe(20);
  });

  it('moves in 12% steps', () => {
    expect(zoomBucket(1)).toBe(0);
    expect(zoomBucket(1.05)).toBe(0);
    expect(zoomBucket(1.12)).toBe(1);
    expect(bucketZoom(zoomBucket(0.3))).toBeCloseTo(0.3, 1);
  });
});
