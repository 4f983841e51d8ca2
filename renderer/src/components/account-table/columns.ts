import type { ReactNode } from 'react';

/** One order a column header offers: Accounts' "Account" sorts by name; Followers' "Name" too. */
export interface ColumnOrder<Sort extends string> {
  sort: Sort;
  label: string;
}

/**
 * One column of an account table. The view's stylesheet sizes the columns (the grid template in
 * `--account-table-columns`) and hides them as it narrows, by the class `col-<key>`.
 */
export interface AccountColumn<Row, Sort extends string> {
  key: string;
  /** The header as read aloud; shown unless `hideLabel`, and replaced by `orders` buttons. */
  label: string;
  hideLabel?: boolean;
  headerTitle?: string;
  /** The orders the header offers, as buttons; one header may offer two (name and handle). */
  orders?: readonly ColumnOrder<Sort>[];
  /** Numbers line up on the right. */
  align?: 'end';
  /** Secondary text: smaller and quieter than the names. */
  quiet?: boolean;
  cell: (row: Row) => ReactNode;
  /** The full text on hover where the cell cuts it short. */
  cellTitle?: (row: Row) => string | undefined;
}

/** A column of secondary text (bio, location, contact, roles), its whole text on hover. */
export function quietTextColumn<Row, Sort extends string>(
  key: string,
  label: string,
  text: (row: Row) => string | null,
): AccountColumn<Row, Sort> {
  return { key, label, quiet: true, cell: text, cellTitle: (row) => text(row) || undefined };
}
