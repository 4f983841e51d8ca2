import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaneLayout } from '../../../common/dto';
import { api } from '../api';
import { useApiQuery } from '../api/useApiQuery';
import { clampLayout, defaultLayout, sameLayout } from './layout/paneLayout';

const saveDelayMs = 300;

export type LayoutChange = Partial<PaneLayout> | ((layout: PaneLayout) => Partial<PaneLayout>);

/**
 * Pane widths, visibility and zoom: loaded from settings once, saved a moment after each change
 * so a drag writes the settings file once rather than on every pointer move.
 */
export function usePaneLayout(): { layout: PaneLayout; updateLayout: (change: LayoutChange) => void } {
  const [layout, setLayout] = useState<PaneLayout>(defaultLayout);
  /** What the settings file holds; null until it has been read, so the defaults never overwrite it. */
  const saved = useRef<PaneLayout | null>(null);
  const pending = useRef<PaneLayout | null>(null);

  const settings = useApiQuery('settings.get', {}, { workspaceFree: true });
  useEffect(() => {
    if (saved.current !== null) return; // read once: later changes are this window's own
    if (settings.data) {
      const stored = clampLayout(settings.data.layout);
      saved.current = stored;
      setLayout(stored);
    } else if (settings.error) {
      saved.current = defaultLayout;
    }
  }, [settings.data, settings.error]);

  useEffect(() => {
    if (saved.current === null || sameLayout(layout, saved.current)) return;
    pending.current = layout;
    const timer = setTimeout(() => {
      saved.current = layout;
      pending.current = null;
      api.settings.setLayout(layout).catch(() => {
        /* a lost write only costs a pane width */
      });
    }, saveDelayMs);
    return () => clearTimeout(timer);
  }, [layout]);

  // Closing the window inside the delay should not lose the last drag.
  useEffect(() => {
    const flush = () => {
      if (pending.current) void api.settings.setLayout(pending.current).catch(() => {});
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const updateLayout = useCallback((change: LayoutChange) => {
    setLayout((previous) => {
      const next = clampLayout({
        ...previous,
        ...(typeof change === 'function' ? change(previous) : change),
      });
      return sameLayout(next, previous) ? previous : next;
    });
  }, []);

  return { layout, updateLayout };
}
