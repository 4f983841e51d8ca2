import type { PaneLayout } from '../../../../common/dto';

/** The ranges settings.setLayout accepts (common/api.ts layoutSchema); sending more is refused. */
export const paneLimits = {
  sidebarWidth: { min: 160, max: 640 },
  notesWidth: { min: 200, max: 720 },
  zoom: { min: 0.5, max: 2 },
} as const;

/** The main area keeps at least this much room; the side panes give way first. */
export const minMainWidth = 360;

export const defaultLayout: PaneLayout = {
  sidebarWidth: 260,
  notesWidth: 320,
  sidebarVisible: true,
  notesVisible: true,
  zoom: 1,
};

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function clampOr(value: number, limits: { min: number; max: number }, fallback: number): number {
  return Number.isFinite(value) ? clamp(value, limits.min, limits.max) : fallback;
}

/** A layout the server will accept: widths whole and in range, zoom in range. */
export function clampLayout(layout: PaneLayout): PaneLayout {
  return {
    sidebarWidth: Math.round(
      clampOr(layout.sidebarWidth, paneLimits.sidebarWidth, defaultLayout.sidebarWidth),
    ),
    notesWidth: Math.round(clampOr(layout.notesWidth, paneLimits.notesWidth, defaultLayout.notesWidth)),
    sidebarVisible: layout.sidebarVisible,
    notesVisible: layout.notesVisible,
    zoom: Math.round(clampOr(layout.zoom, paneLimits.zoom, defaultLayout.zoom) * 100) / 100,
  };
}

export interface FittedPanes {
  /** Widths to draw; 0 for a hidden pane. */
  sidebar: number;
  notes: number;
  /** How wide each pane may be dragged in the room there is now. */
  sidebarMax: number;
  notesMax: number;
}

/**
 * The widths to draw in a window `available` pixels wide. The saved widths are kept as they are,
 * so a window made narrow for a moment gets its panes back when it grows again.
 */
export function fitPanes(layout: PaneLayout, available: number): FittedPanes {
  let sidebar = layout.sidebarVisible ? layout.sidebarWidth : 0;
  let notes = layout.notesVisible ? layout.notesWidth : 0;
  let overflow = sidebar + notes + minMainWidth - available;
  if (overflow > 0 && notes > 0) {
    const give = Math.min(overflow, notes - paneLimits.notesWidth.min);
    notes -= Math.max(0, give);
    overflow -= Math.max(0, give);
  }
  if (overflow > 0 && sidebar > 0) {
    const give = Math.min(overflow, sidebar - paneLimits.sidebarWidth.min);
    sidebar -= Math.max(0, give);
  }
  const roomFor = (other: number, limits: { min: number; max: number }) =>
    clamp(available - other - minMainWidth, limits.min, limits.max);
  return {
    sidebar,
    notes,
    sidebarMax: roomFor(notes, paneLimits.sidebarWidth),
    notesMax: roomFor(sidebar, paneLimits.notesWidth),
  };
}

export function sameLayout(a: PaneLayout, b: PaneLayout): boolean {
  return (Object.keys(a) as (keyof PaneLayout)[]).every((key) => a[key] === b[key]);
}

/** How a side pane is shown: beside the main area, folded to a strip of icons, or not at all. */
export type PaneMode = 'docked' | 'rail' | 'hidden';

/** Below this, the main area squeezes the prospect's page (its name, tabs and graph): panes fold. */
export const comfortableMainWidth = 640;
/** A folded pane's strip of icons. */
export const railWidth = 44;

/**
 * Which panes fit beside a comfortable main area in a window `available` pixels wide: the notes
 * fold first (they open over the page when asked for), then the sidebar. Nothing is saved: a
 * wider window docks them again.
 */
export function foldPanes(layout: PaneLayout, available: number): { sidebar: PaneMode; notes: PaneMode } {
  let sidebar: PaneMode = layout.sidebarVisible ? 'docked' : 'hidden';
  let notes: PaneMode = layout.notesVisible ? 'docked' : 'hidden';
  const need = () =>
    comfortableMainWidth +
    (sidebar === 'docked' ? layout.sidebarWidth : sidebar === 'rail' ? railWidth : 0) +
    (notes === 'docked' ? layout.notesWidth : notes === 'rail' ? railWidth : 0);
  if (notes === 'docked' && need() > available) notes = 'rail';
  if (sidebar === 'docked' && need() > available) sidebar = 'rail';
  return { sidebar, notes };
}
