import { describe, expect, it } from 'vitest';
import { zoomIn, zoomOut, zoomPercent } from './zoom';

describe('zoom steps', () => {
  it('steps up and down from actual size', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
  });

  it('stops at the ends of the range', () => {
    expect(zoomIn(2)).toBe(2);
    expect(zoomOut(0.5)).toBe(0.5);
  });

  it('joins the nearest step from a value between steps', () => {
    expect(zoomIn(1.2)).toBe(1.25);
    expect(zoomOut(1.2)).toBe(1.1);
  });

  it('names the zoom as a percentage', () => {
    expect(zoomPercent(1.25)).toBe('125%');
    expect(zoomPercent(0.67)).toBe('67%');
  });
});
