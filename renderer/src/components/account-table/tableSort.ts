/** Which column orders the table, and which way. */
export interface TableSort<Sort extends string> {
  sort: Sort;
  descending: boolean;
}

/**
 * A column header was pressed: the current column turns around; another starts the way it reads
 * best (names A→Z, counts largest first).
 */
export function sortByHeader<Sort extends string>(
  current: TableSort<Sort>,
  column: Sort,
  naturalDescending: Readonly<Record<Sort, boolean>>,
): TableSort<Sort> {
  return column === current.sort
    ? { sort: column, descending: !current.descending }
    : { sort: column, descending: naturalDescending[column] };
}

/** A header's aria-sort: the direction when one of its orders is the table's, else none. */
export function headerAriaSort<Sort extends string>(
  orders: readonly Sort[],
  current: TableSort<Sort>,
): 'ascending' | 'descending' | undefined {
  if (!orders.includes(current.sort)) return undefined;
  return current.descending ? 'descending' : 'ascending';
}

/** "Sort by handle", and while it is the order, which way: one header can offer two orders. */
export function sortButtonLabel(label: string, active: boolean, descending: boolean): string {
  const way = active ? (descending ? ', descending' : ', ascending') : '';
  return `Sort by ${label.toLowerCase()}${way}`;
}
