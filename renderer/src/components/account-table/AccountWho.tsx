import type { ReactNode } from 'react';
import { accountTitle } from './accountNames';
import type { AccountColumn, ColumnOrder } from './columns';

/**
 * The first cell of an account table: avatar, name (or "Unknown account" when an import knew only
 * the id), an optional badge, and a quieter line under it; the bio joins that line where the view
 * has hidden the bio column.
 */
export function AccountWho({
  initials,
  title,
  badge,
  subtitle,
  bio,
}: {
  initials: string;
  title: string | null;
  badge?: ReactNode;
  subtitle: string;
  bio: string | null;
}) {
  return (
    <>
      <span className="prospect-avatar" aria-hidden="true">
        {initials}
      </span>
      <span className="account-table-who-text">
        <span className="account-table-name-line">
          {title ? (
            <span className="account-table-name" title={title}>
              {title}
            </span>
          ) : (
            <span className="account-table-name is-unknown">Unknown account</span>
          )}
          {badge}
        </span>
        <span className="account-table-handle">
          {subtitle}
          {bio && <span className="account-table-inline-bio"> · {bio}</span>}
        </span>
      </span>
    </>
  );
}

/** The first column: who the account is, in the orders the view offers for it. */
export function whoColumn<
  Row extends { name: string | null; handle: string | null; bio: string | null },
  Sort extends string,
>({
  label,
  orders,
  initials,
  subtitle,
  badge,
}: {
  label: string;
  orders: readonly ColumnOrder<Sort>[];
  initials: (row: Row) => string;
  subtitle: (row: Row) => string;
  badge?: (row: Row) => ReactNode;
}): AccountColumn<Row, Sort> {
  return {
    key: 'who',
    label,
    orders,
    cell: (row) => (
      <AccountWho
        initials={initials(row)}
        title={accountTitle(row)}
        badge={badge?.(row)}
        subtitle={subtitle(row)}
        bio={row.bio}
      />
    ),
  };
}
