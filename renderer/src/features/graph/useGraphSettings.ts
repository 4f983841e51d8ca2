import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Settings, GraphSettings } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';

const defaults: GraphSettings = { webgl: false };

/**
 * The graph view's settings (which renderer draws it), from the settings file that also keeps
 * the pane widths; null until read, so the canvas is not made twice. The answer is cached for the
 * window, so every graph opened afterwards starts with the right renderer at once.
 */
export function useGraphSettings(): {
  settings: GraphSettings | null;
  update: (change: Partial<GraphSettings>) => void;
} {
  const query = useApiQuery('settings.get', {}, { workspaceFree: true });
  const client = useQueryClient();
  const settings = query.data?.graph ?? (query.error ? defaults : null);

  const update = useCallback(
    (change: Partial<GraphSettings>) => {
      const key = ['settings.get', {}];
      const current = client.getQueryData<Settings>(key);
      const next = { ...(current?.graph ?? defaults), ...change };
      if (current) client.setQueryData<Settings>(key, { ...current, graph: next });
      api.settings.setGraph(next).catch(() => {
        /* kept for this window; a lost write only costs choosing again next launch */
      });
    },
    [client],
  );

  return { settings, update };
}
