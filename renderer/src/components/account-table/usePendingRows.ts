import { useCallback, useState } from 'react';

/**
 * The rows whose action (add to prospects, open) is on its way to the core, so their buttons can
 * say so and not be pressed twice.
 */
export function usePendingRows() {
  const [pendingIds, setPendingIds] = useState<ReadonlySet<number>>(new Set());
  const track = useCallback(<T>(id: number, action: Promise<T>): Promise<T> => {
    setPendingIds((ids) => new Set(ids).add(id));
    return action.finally(() =>
      setPendingIds((ids) => {
        const next = new Set(ids);
        next.delete(id);
        return next;
      }),
    );
  }, []);
  return { pendingIds, track };
}
