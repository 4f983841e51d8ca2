import type { SavedSearchDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { newMatchesLabel } from './searchText';

/** The saved searches in a rail, each with how many matches are new since it was last opened. */
export function SavedSearches({
  searches,
  activeId,
  onOpen,
  onDelete,
}: {
  searches: SavedSearchDto[] | null;
  activeId: number | null;
  onOpen: (search: SavedSearchDto) => void;
  onDelete: (search: SavedSearchDto) => void;
}) {
  return (
    <nav className="saved-searches" data-testid="saved-searches" aria-labelledby="saved-searches-title">
      <h3 className="saved-searches-title" id="saved-searches-title">
        Saved searches
      </h3>
      {searches === null ? (
        <p className="saved-searches-empty">Loading…</p>
      ) : searches.length === 0 ? (
        <p className="saved-searches-empty">
          Save a search to keep listening: it shows how many new posts match after each import.
        </p>
      ) : (
        <ul className="saved-searches-list">
          {searches.map((search) => {
            const label = newMatchesLabel(search.newMatches);
            return (
              <li key={search.id} className="saved-search">
                <button
                  type="button"
                  className="saved-search-open"
                  aria-current={activeId === search.id ? 'true' : undefined}
                  data-testid="saved-search"
                  title={`${search.query}\n${formatCount(search.total)} matching posts`}
                  onClick={() => onOpen(search)}
                >
                  <span className="saved-search-name">{search.name}</span>
                  {label ? (
                    <span
                      className="badge badge-accent saved-search-new tabular"
                      data-testid="saved-search-new"
                    >
                      {label}
                    </span>
                  ) : (
                    <span className="saved-search-total tabular">{formatCount(search.total)}</span>
                  )}
                </button>
                <button
                  type="button"
                  className="icon-button saved-search-delete"
                  aria-label={`Delete the saved search ${search.name}`}
                  title="Delete"
                  onClick={() => onDelete(search)}
                >
                  <Icon name="trash" size={12} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
