import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SavedSearchDto } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { SearchField } from '../../components/SearchField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { GrammarHelp } from './GrammarHelp';
import { SavedSearches } from './SavedSearches';
import { SaveSearchForm, SearchPresets } from './SearchExtras';
import { searchPlaces } from './rememberedSearch';
import { SearchResultView } from './SearchResultView';
import {
  isSyntaxError,
  resultsSummary,
  suggestedName,
  type SearchOrder,
  type SearchScopeChoice,
} from './searchText';
import { useSearch } from './useSearch';
import '../focus/dossier.css';
import './search.css';

const noPresets: { name: string; query: string }[] = [];

/** Workspace-wide search and listening: posts and bios, saved searches with new matches, presets. */
export function SearchView({
  onOpenAccount,
  onCite,
}: {
  onOpenAccount(accountId: number): void;
  onCite?(markdown: string): void;
}) {
  const places = searchPlaces();
  // Where the user left Search before switching views, read once: the view starts there.
  const [left] = useState(() => places.current());
  const [text, setText] = useState(left?.text ?? '');
  const [committed, setCommitted] = useState(left?.committed ?? '');
  const [scope, setScope] = useState<SearchScopeChoice>(left?.scope ?? 'posts');
  const [order, setOrder] = useState<SearchOrder>(left?.order ?? 'relevance');
  const typed = useDebouncedValue(text.trim(), 350);
  useEffect(() => setCommitted(typed), [typed]);
  const request = useMemo(
    () => (committed ? { query: committed, scope, order } : null),
    [committed, scope, order],
  );
  const search = useSearch(request, { answer: left?.answer ?? null, fresh: left?.fresh ?? true });
  const shown = search.answer?.shown ?? null;

  // Counts and "N new" move with imports and with the saved searches themselves.
  const savedQuery = useApiQuery('searches.list', {}, { dependsOn: ['records', 'searches'] });
  const saved = savedQuery.data;
  const [activeSavedId, setActiveSavedId] = useState<number | null>(left?.activeSavedId ?? null);
  const presets = useApiQuery('searches.presets', {}, { dependsOn: ['rules'] }).data ?? noPresets;
  const [naming, setNaming] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [actionError, setRailError] = useState<string | null>(null);
  const railError = actionError ?? savedQuery.error;
  const prospectList = useApiQuery(
    'prospects.list',
    {},
    { dependsOn: ['records', 'prospects', 'notes'] },
  ).data;
  const prospects = useMemo(() => new Set((prospectList ?? []).map((p) => p.accountId)), [prospectList]);
  const prospectHandles = useMemo(
    () => (prospectList ?? []).flatMap((p) => (p.handle ? [p.handle] : [])),
    [prospectList],
  );
  const [presetsAmong, setPresetsAmong] = useState<string | null>(null);
  const [pending, setPending] = useState<ReadonlySet<number>>(new Set());
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    places.remember({ text, committed, scope, order, activeSavedId, answer: search.answer, fresh: true });
  }, [places, text, committed, scope, order, activeSavedId, search.answer]);

  // A new answer starts at its top; "Load more" keeps the place (the same request), and so does
  // coming back from another view, to the scroll the user left.
  const restoring = useRef(left?.answer ? left.scrollTop : null);
  useLayoutEffect(() => {
    const top = restoring.current ?? 0;
    restoring.current = null;
    // In braces: scrollTo returns a promise in newer Chromium, and React would call it as a cleanup.
    resultsRef.current?.scrollTo({ top });
  }, [shown]);

  useEffect(() => inputRef.current?.focus(), []);

  const activeSaved = saved?.find((s) => s.id === activeSavedId && s.query === committed) ?? null;

  /** Puts a query in the box and runs it now, without waiting for the typing pause. */
  const runNow = (query: string, nextScope: SearchScopeChoice = scope) => {
    setText(query);
    setCommitted(query.trim());
    setScope(nextScope);
  };

  const openSaved = (entry: SavedSearchDto) => {
    setActiveSavedId(entry.id);
    setNaming(null);
    runNow(entry.query, 'posts');
    if (entry.newMatches > 0) {
      api.searches
        .markViewed({ id: entry.id })
        .then(() => setRailError(null))
        .catch((caught: unknown) => setRailError(describeError(caught)));
    } else {
      void api.searches.markViewed({ id: entry.id }).catch(() => {});
    }
  };

  const deleteSaved = (entry: SavedSearchDto) => {
    api.searches
      .delete({ id: entry.id })
      .then(() => {
        if (activeSavedId === entry.id) setActiveSavedId(null);
        setRailError(null);
      })
      .catch((caught: unknown) => setRailError(describeError(caught)));
  };

  const saveCurrent = (name: string) => {
    api.searches
      .save({ name: name.trim(), query: committed })
      .then((entry) => {
        setNaming(null);
        setSaveError(null);
        setActiveSavedId(entry.id);
        // Saving counts as viewing: what matches now is not "new".
        return api.searches.markViewed({ id: entry.id });
      })
      .catch((caught: unknown) =>
        setSaveError(isSyntaxError(caught) ? caught.message : describeError(caught)),
      );
  };

  const markProspect = (accountId: number) => {
    setPending((ids) => new Set(ids).add(accountId));
    api.prospects
      .add({ accountId })
      .catch((caught: unknown) => setRailError(describeError(caught)))
      .finally(() =>
        setPending((ids) => {
          const next = new Set(ids);
          next.delete(accountId);
          return next;
        }),
      );
  };

  const shownScope = shown?.scope ?? scope;
  const stale = search.loading || (committed !== '' && shown?.query !== committed);
  const hasResults = search.answer !== null && committed !== '';
  const hits = search.answer?.hits ?? [];
  const total = search.answer?.total ?? 0;

  return (
    <main className="search-view" data-testid="search-view" aria-labelledby="search-title">
      <SavedSearches
        searches={saved}
        activeId={activeSaved?.id ?? null}
        onOpen={openSaved}
        onDelete={deleteSaved}
      />
      <div className="search-main">
        <header className="search-header">
          <div className="search-title-row">
            <h2 className="view-title search-title" id="search-title">
              Search
            </h2>
            <span className="search-subtitle">Posts and bios across the workspace</span>
          </div>
          <form
            className="search-bar"
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              setCommitted(text.trim());
            }}
          >
            <SearchField
              ref={inputRef}
              className="search-box"
              large
              placeholder={scope === 'posts' ? '"looking for" crm -hiring since:2024-01-01' : 'founder saas'}
              aria-label="Search query"
              aria-invalid={search.syntaxError ? true : undefined}
              aria-describedby={search.syntaxError ? 'search-syntax-error' : undefined}
              data-testid="search-input"
              value={text}
              onValue={setText}
              onClear={() => runNow('')}
            />
            <GrammarHelp
              onInsert={(example) => {
                const next = text.trim() ? `${text.trim()} ${example}` : example;
                setText(next);
                inputRef.current?.focus();
              }}
            />
            <div className="segmented" role="group" aria-label="Search in">
              {(
                [
                  ['posts', 'Posts'],
                  ['accounts', 'People'],
                  ['notes', 'Notes'],
                ] as const
              ).map(([value, label]) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={scope === value}
                  className="segmented-button"
                  title={
                    value === 'posts'
                      ? 'Search posts'
                      : value === 'notes'
                        ? 'Search your notes on prospects'
                        : 'Search names and bios'
                  }
                  onClick={() => setScope(value)}
                >
                  {label}
                </button>
              ))}
            </div>
            <label className="search-order">
              <span className="visually-hidden">Sort by</span>
              <select
                className="select"
                value={order}
                disabled={scope !== 'posts'}
                title={scope !== 'posts' ? 'People and notes are sorted by relevance' : undefined}
                onChange={(event) => setOrder(event.target.value as SearchOrder)}
              >
                <option value="relevance">Relevance</option>
                <option value="date">Newest</option>
              </select>
            </label>
            <button
              type="button"
              className="button"
              disabled={
                !committed || scope !== 'posts' || activeSaved !== null || search.syntaxError !== null
              }
              title={
                scope !== 'posts'
                  ? 'Saved searches listen to posts'
                  : activeSaved
                    ? `Saved as “${activeSaved.name}”`
                    : 'Keep this search and see new matches after each import'
              }
              onClick={() => {
                setSaveError(null);
                setNaming(suggestedName(committed));
              }}
            >
              {activeSaved ? 'Saved' : 'Save…'}
            </button>
          </form>
          {search.syntaxError && (
            <p
              className="search-syntax-error"
              id="search-syntax-error"
              role="alert"
              data-testid="search-syntax-error"
            >
              <Icon name="warning" size={14} /> {search.syntaxError}
            </p>
          )}
          {naming !== null && (
            <SaveSearchForm
              query={committed}
              name={naming}
              error={saveError}
              onName={setNaming}
              onSave={saveCurrent}
              onCancel={() => setNaming(null)}
            />
          )}
          <SearchPresets
            presets={presets}
            active={scope === 'posts' ? committed : null}
            prospects={prospectHandles}
            followersOf={presetsAmong}
            onFollowersOf={setPresetsAmong}
            onRun={(query) => {
              setActiveSavedId(null);
              runNow(query, 'posts');
            }}
          />
        </header>
        {railError && (
          <div className="search-alert">
            <Alert message={railError} onDismiss={() => setRailError(null)} />
          </div>
        )}
        <div
          ref={resultsRef}
          className={stale && hasResults ? 'search-results is-stale' : 'search-results'}
          aria-busy={search.loading || undefined}
          data-testid="search-results"
          onScroll={(event) => places.remember({ scrollTop: event.currentTarget.scrollTop })}
        >
          {search.error && !search.loading ? (
            <div className="search-alert search-failed" data-testid="search-error">
              <Alert title="The search failed" message={search.error} />
            </div>
          ) : !hasResults ? (
            search.loading ? (
              <p className="dossier-loading search-pending">
                <span className="spinner" /> Searching…
              </p>
            ) : (
              !search.syntaxError && (
                <EmptyState icon="search" title="Search everything you imported" testId="search-start">
                  <p>
                    Type words, a “phrase”, <code>from:@handle</code>, <code>#tag</code> or{' '}
                    <code>since:2024-01-01</code>; the <strong>?</strong> beside the box lists the rest. Save
                    a search to hear about new matches after each import.
                  </p>
                </EmptyState>
              )
            )
          ) : total === 0 ? (
            <EmptyState
              icon="search"
              title={`No ${shownScope === 'posts' ? 'posts' : 'people'} match “${shown!.query}”`}
              testId="search-no-results"
            >
              <p>
                {shownScope === 'posts'
                  ? 'Try fewer words, a prefix such as recommend*, or OR between alternatives.'
                  : 'People search looks at names, handles and bios.'}
              </p>
            </EmptyState>
          ) : (
            <>
              <p className="search-summary tabular" role="status" data-testid="search-summary">
                {resultsSummary(
                  total,
                  shownScope,
                  search.answer!.tookMs,
                  search.answer!.rankedAmong,
                  search.answer!.totalIsAtLeast,
                )}
                {shown!.order === 'date' && shownScope === 'posts' ? ' · newest first' : ''}
              </p>
              <ol className="search-result-list">
                {hits.map((hit) => (
                  <SearchResultView
                    key={`${hit.scope}:${hit.id}`}
                    hit={hit}
                    prospect={hit.author ? prospects.has(hit.author.id) : false}
                    pending={hit.author ? pending.has(hit.author.id) : false}
                    canCite={onCite !== undefined}
                    onOpen={onOpenAccount}
                    onMarkProspect={markProspect}
                    onCite={(markdown) => onCite?.(markdown)}
                  />
                ))}
              </ol>
              <div className="search-more">
                <span className="search-more-count tabular">
                  Showing {formatCount(hits.length)} of {formatCount(total)}
                  {search.answer!.totalIsAtLeast ? '+' : ''}
                </span>
                {search.moreError && (
                  <span className="search-more-error" role="alert">
                    {search.moreError}
                  </span>
                )}
                {hits.length < total && (
                  <button
                    type="button"
                    className="button"
                    data-testid="search-more"
                    disabled={search.loadingMore}
                    onClick={search.loadMore}
                  >
                    {search.loadingMore ? 'Loading…' : 'Load more'}
                  </button>
                )}
              </div>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
