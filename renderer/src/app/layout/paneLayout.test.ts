import { describe, expect, it } from 'vitest';
import { clampLayout, defaultLayout, fitPanes, foldPanes, minMainWidth, sameLayout } from './paneLayout';

describe('clampLayout', () => {
  it('keeps a valid layout as it is', () => {
    expect(clampLayout(defaultLayout)).toEqual(defaultLayout);
  });

  it('pulls widths and zoom back into the ranges the settings accept', () => {
    const layout = clampLayout({ ...defaultLayout, sidebarWidth: 20, notesWidth: 9000, zoom: 3 });
    expect(layout.sidebarWidth).toBe(160);
    expect(layout.notesWidth).toBe(720);
    expect(layout.zoom).toBe(2);
  });

  it('rounds fractional drag positions to whole pixels', () => {
    expect(clampLayout({ ...defaultLayout, sidebarWidth: 300.6 }).sidebarWidth).toBe(301);
  });

  it('falls back to defaults for numbers that are not numbers', () => {
    const layout = clampLayout({
      ...defaultLayout,
      sidebarWidth: Number.NaN,
      zoom: Number.POSITIVE_INFINITY,
    });
    expect(layout.sidebarWidth).toBe(defaultLayout.sidebarWidth);
    expect(layout.zoom).toBe(defaultLayout.zoom);
  });
});

describe('fitPanes', () => {
  it('draws the saved widths when the window has room', () => {
    expect(fitPanes(defaultLayout, 1280)).toMatchObject({ sidebar: 260, notes: 320 });
  });

  it('gives a hidden pane no width and its room to the others', () => {
    const fitted = fitPanes({ ...defaultLayout, notesVisible: false }, 1280);
    expect(fitted.notes).toBe(0);
    expect(fitted.sidebarMax).toBe(640);
  });

  it('shrinks the notes pane first, then the sidebar, to keep the main area usable', () => {
    const fitted = fitPanes(defaultLayout, 900);
    expect(fitted.sidebar + fitted.notes + minMainWidth).toBe(900);
    expect(fitted.notes).toBe(280);
    expect(fitted.sidebar).toBe(260);

    const smaller = fitPanes(defaultLayout, 800);
    expect(smaller.notes).toBe(200);
    expect(smaller.sidebar).toBe(240);

    const narrow = fitPanes(defaultLayout, 600);
    expect(narrow.notes).toBe(200);
    expect(narrow.sidebar).toBe(160);
  });

  it('never shrinks a pane below its minimum', () => {
    const fitted = fitPanes(defaultLayout, 300);
    expect(fitted.sidebar).toBe(160);
    expect(fitted.notes).toBe(200);
    expect(fitted.sidebarMax).toBe(160);
  });
});

describe('sameLayout', () => {
  it('compares every setting', () => {
    expect(sameLayout(defaultLayout, { ...defaultLayout })).toBe(true);
    expect(sameLayout(defaultLayout, { ...defaultLayout, notesVisible: false })).toBe(false);
    expect(sameLayout(defaultLayout, { ...defaultLayout, zoom: 1.1 })).toBe(false);
  });
});

describe('foldPanes', () => {
  it('docks both panes when the main area keeps its comfortable width (1280 px and up)', () => {
    expect(foldPanes(defaultLayout, 1280)).toEqual({ sidebar: 'docked', notes: 'docked' });
    expect(foldPanes(defaultLayout, 1920)).toEqual({ sidebar: 'docked', notes: 'docked' });
  });

  it('folds the notes to a rail first, then the sidebar', () => {
    expect(foldPanes(defaultLayout, 1024)).toEqual({ sidebar: 'docked', notes: 'rail' });
    expect(foldPanes(defaultLayout, 800)).toEqual({ sidebar: 'rail', notes: 'rail' });
  });

  it('leaves a hidden pane hidden, and gives its room to the other', () => {
    expect(foldPanes({ ...defaultLayout, notesVisible: false }, 1024)).toEqual({
      sidebar: 'docked',
      notes: 'hidden',
    });
    expect(foldPanes({ ...defaultLayout, sidebarVisible: false }, 1024)).toEqual({
      sidebar: 'hidden',
      notes: 'docked',
    });
  });

  it('goes by the widths the user dragged the panes to', () => {
    expect(foldPanes({ ...defaultLayout, sidebarWidth: 600 }, 1440)).toEqual({
      sidebar: 'docked',
      notes: 'rail',
    });
  });
});
