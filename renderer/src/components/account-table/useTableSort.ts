import { useCallback, useState } from 'react';
import { sortByHeader, type TableSort } from './tableSort';

/**
 * The table's order: `byHeader` for a column header (press again to turn around), `choose` for a
 * picker (each order starts its natural way), `flip` for a direction button.
 */
export function useTableSort<Sort extends string>(
  initial: Sort,
  naturalDescending: Readonly<Record<Sort, boolean>>,
) {
  const [order, setOrder] = useState<TableSort<Sort>>({
    sort: initial,
    descending: naturalDescending[initial],
  });
  const byHeader = useCallback(
    (column: Sort) => setOrder((current) => sortByHeader(current, column, naturalDescending)),
    [naturalDescending],
  );
  const choose = useCallback(
    (sort: Sort) => setOrder({ sort, descending: naturalDescending[sort] }),
    [naturalDescending],
  );
  const flip = useCallback(
    () => setOrder((current) => ({ ...current, descending: !current.descending })),
    [],
  );
  return { ...order, byHeader, choose, flip };
}
