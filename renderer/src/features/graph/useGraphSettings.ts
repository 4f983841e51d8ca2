import { useCallback, useEffect, useState } from 'react';
import type { GraphSettings } from '../../../../common/dto';
import { api } from '../../api';

const defaults: GraphSettings = { webgl: false };

/** Read once per window: every graph opened afterwards starts with the right renderer at once. */
let known: GraphSettings | null = null;

/**
 * The graph view's settings (which renderer draws it), from the settings file that also keeps
 * the pane widths; null until read, so the canvas is not made twice.
 */
export function useGraphSettings(): {
  settings: GraphSettings | null;
  update: (change: Partial<GraphSettings>) => void;
} {
  const [settings, setSettings] = useState<GraphSettings | null>(known);

  useEffect(() => {
    if (known) return;
    let live = true;
    api.settings
      .get()
      .then((stored) => {
        known = stored.graph;
      })
      .catch(() => {
        known = defaults;
      })
      .finally(() => {
        if (live) setSettings(known);
      });
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback((change: Partial<GraphSettings>) => {
    const next = { ...(known ?? defaults), ...change };
    known = next;
    setSettings(next);
    api.settings.setGraph(next).catch(() => {
      /* kept for this window; a lost write only costs choosing again next launch */
    });
  }, []);

  return { settings, update };
}
