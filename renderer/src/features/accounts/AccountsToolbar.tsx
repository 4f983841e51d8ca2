import type { AccountSort } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { SearchField } from '../../components/SearchField';
import { directionText } from './accountText';

const sortLabels: Record<AccountSort, string> = {
  followers: 'Followers',
  name: 'Name',
  handle: 'Handle',
  imported: 'Recently imported',
};

/** Title, count, search and order for the accounts list. */
export function AccountsToolbar({
  total,
  empty,
  searching,
  search,
  onSearch,
  sort,
  descending,
  onSort,
  onFlip,
}: {
  total: number | null;
  /** The workspace has no accounts at all: nothing to search or sort. */
  empty: boolean;
  searching: boolean;
  search: string;
  onSearch: (text: string) => void;
  sort: AccountSort;
  descending: boolean;
  onSort: (sort: AccountSort) => void;
  onFlip: () => void;
}) {
  return (
    <header className="accounts-toolbar">
      <div className="accounts-heading">
        <h2 className="view-title" id="accounts-title">
          Accounts
        </h2>
        {total !== null && total > 0 && (
          <span
            className="badge tabular"
            title={searching ? 'Matching accounts' : 'Accounts in this workspace'}
          >
            {formatCount(total)}
            {searching ? ' matching' : ''}
          </span>
        )}
      </div>
      <div className="accounts-controls" hidden={empty}>
        <SearchField
          className="accounts-search"
          placeholder="Search names and handles"
          aria-label="Search accounts"
          data-testid="accounts-search"
          value={search}
          onValue={onSearch}
        />
        <label className="sort-field">
          <span className="visually-hidden">Sort by</span>
          <select
            className="select"
            value={sort}
            onChange={(event) => onSort(event.target.value as AccountSort)}
          >
            {(Object.keys(sortLabels) as AccountSort[]).map((key) => (
              <option key={key} value={key}>
                {sortLabels[key]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          aria-label={`Order: ${directionText(sort, descending)}`}
          title={directionText(sort, descending)}
          onClick={onFlip}
        >
          <Icon name={descending ? 'arrowDown' : 'arrowUp'} />
        </button>
      </div>
    </header>
  );
}
