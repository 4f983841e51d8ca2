import { describe, expect, it } from 'vitest';
import { pagesInRange, pagesToForget } from './pages';

describe('pagesInRange', () => {
  it('covers the visible rows, across page boundaries', () => {
    expect(pagesInRange(0, 30, 200)).toEqual([0]);
    expect(pagesInRange(190, 230, 200)).toEqual([0, 1]);
    expect(pagesInRange(50_000, 50_040, 200)).toEqual([250]);
  });

  it('asks for nothing when there is nothing to show', () => {
    expect(pagesInRange(0, -1, 200)).toEqual([]);
  });
});

describe('pagesToForget', () => {
  it('keeps everything under the limit', () => {
    expect(pagesToForget([1, 2, 3], 2, 5)).toEqual([]);
  });

  it('forgets the pages farthest from the view', () => {
    expect(pagesToForget([0, 1, 2, 250, 251, 252], 251, 3).sort((a, b) => a - b)).toEqual([0, 1, 2]);
  });
});
