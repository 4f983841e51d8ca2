import { useCallback, useRef, useState } from 'react';
import { describeError } from './describeError';

export interface BusyAction {
  busy: boolean;
  error: string | null;
  clearError: () => void;
  /** Runs one task at a time; a second request while busy is ignored, not queued. */
  run: (task: () => Promise<unknown>) => Promise<void>;
}

/** Busy and error state for a screen whose buttons start calls to the core. */
export function useBusyAction(): BusyAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const run = useCallback(async (task: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
