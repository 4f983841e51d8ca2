import type { AudienceRow, CategoryDto } from '../../../../common/dto';
import { accountTitle } from '../../components/account-table/accountNames';
import { whoColumn } from '../../components/account-table/AccountWho';
import { quietTextColumn, type AccountColumn } from '../../components/account-table/columns';
import { formatCount } from '../../components/format/count';
import { citePost } from '../search/cite';
import { prospectInitials } from '../workspace/prospectNames';
import { categoryColor, type AudienceSort } from './audienceFilter';

type Column = AccountColumn<AudienceRow, AudienceSort>;

/** How an account is cited when a row is dragged into the notes: its bio, attributed. */
export function citeRow(row: AudienceRow): string {
  return citePost({ text: row.bio?.trim() || row.name || row.handle || '', author: row });
}

const who = whoColumn<AudienceRow, AudienceSort>({
  label: 'Name',
  orders: [
    { sort: 'name', label: 'Name' },
    { sort: 'handle', label: 'Handle' },
  ],
  initials: prospectInitials,
  subtitle: (row) => (row.handle ? `@${row.handle}` : row.name?.trim() ? '' : 'Only the id was imported'),
});

const reach: Column = {
  key: 'reach',
  label: 'Followers',
  align: 'end',
  orders: [{ sort: 'reach', label: 'Followers' }],
  cell: (row) => <span className="tabular">{row.reach === null ? '—' : formatCount(row.reach)}</span>,
};

const flags: Column = {
  key: 'flags',
  label: 'Competitor or yours',
  hideLabel: true,
  cell: (row) => (
    <>
      {row.competitor && (
        <span className="chip chip-competitor" title="Matches your competitors’ handles or keywords">
          Competitor
        </span>
      )}
      {row.mine && (
        <span className="chip chip-mine" title="One of your own people">
          Yours
        </span>
      )}
    </>
  ),
};

/** A category tag: the button that opens the category menu. */
function TagIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.35}
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M2.25 2.25h5.5l6 6-5.5 5.5-6-6zM5.25 5.25v.1" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The Followers and Following columns: categories named from `categories`, and two actions, Open
 * (as a prospect) and the category menu.
 */
export function audienceColumns({
  categories,
  pendingIds,
  onOpen,
  onCategories,
}: {
  categories: ReadonlyMap<number, CategoryDto>;
  pendingIds: ReadonlySet<number>;
  onOpen: (row: AudienceRow) => void;
  onCategories: (row: AudienceRow, anchor: HTMLElement) => void;
}): Column[] {
  const chipsOf = (row: AudienceRow) =>
    row.categories.map((id) => categories.get(id)).filter((c): c is CategoryDto => c !== undefined);
  return [
    who,
    quietTextColumn('bio', 'Bio', (row) => row.bio),
    quietTextColumn('location', 'Location', (row) => row.location),
    reach,
    {
      key: 'categories',
      label: 'Categories',
      cell: (row) =>
        chipsOf(row).map((c) => (
          <span key={c.id} className="chip">
            <span className="chip-dot" style={{ background: categoryColor(c) }} aria-hidden="true" />
            <span className="chip-text">{c.name}</span>
          </span>
        )),
      cellTitle: (row) =>
        chipsOf(row)
          .map((c) => c.name)
          .join(', ') || undefined,
    },
    quietTextColumn('roles', 'Roles', (row) => row.roles.join(', ')),
    flags,
    {
      key: 'actions',
      label: 'Actions',
      hideLabel: true,
      cell: (row) => {
        const title = accountTitle(row) ?? 'Unknown account';
        return (
          <>
            <button
              type="button"
              className="button button-compact"
              disabled={pendingIds.has(row.id)}
              aria-busy={pendingIds.has(row.id) || undefined}
              title={`Open ${title} as a prospect`}
              onClick={() => onOpen(row)}
            >
              Open
            </button>
            <button
              type="button"
              className="icon-button audience-menu-button"
              aria-haspopup="menu"
              aria-label={`Categories for ${title}`}
              title="Assign a category"
              onClick={(event) => onCategories(row, event.currentTarget)}
            >
              <TagIcon />
            </button>
          </>
        );
      },
    },
  ];
}
