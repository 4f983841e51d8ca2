import { useCallback, useMemo, useState } from 'react';
import type { AudienceRow } from '../../../../common/dto';
import { api } from '../../api';
import { AccountTable } from '../../components/account-table/AccountTable';
import { usePendingRows } from '../../components/account-table/usePendingRows';
import { useTableSort } from '../../components/account-table/useTableSort';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { RefreshMark } from '../../components/RefreshMark';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { saveFile } from '../../components/saveFile';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { accountLabel } from '../focus/focusText';
import { setCiteData } from '../search/cite';
import { useAccountBrief } from '../focus/useAccountBrief';
import {
  coverageText,
  csvFilename,
  filterToParams,
  isFilterEmpty,
  serverFilter,
  toggleFilter,
  type AudienceSort,
} from './audienceFilter';
import { AudienceFilterBar } from './AudienceFilterBar';
import { audienceColumns, citeRow } from './audienceColumns';
import { CategoriesEditor } from './CategoriesEditor';
import { CategoryMenu } from './CategoryMenu';
import { PursuitEditor } from './PursuitEditor';
import { SegmentPanels } from './SegmentPanels';
import { useAudienceData } from './useAudienceData';
import { useAudiencePages } from './useAudiencePages';
import { useRememberedFilter } from './useRememberedFilter';
import '../focus/dossier.css';
import './audience.css';

const naturalDescending: Record<AudienceSort, boolean> = { reach: true, name: false, handle: false };

/**
 * Who a prospect follows (how they see the world) or who follows them (their likely customers):
 * segments, a filter, a virtual table of every account, and CSV export.
 */
export function AudienceSection({
  accountId,
  list,
  onOpenAccount,
}: {
  accountId: number;
  list: 'followers' | 'following';
  onOpenAccount(accountId: number): void;
}) {
  const prospect = useAccountBrief(accountId);
  const who = accountLabel(prospect);

  const { filter, text, setFilter, setText, clear } = useRememberedFilter(accountId, list);
  const query = useDebouncedValue(text.trim(), 250);
  const effective = useMemo(() => serverFilter({ ...filter, query }), [filter, query]);
  const filterKey = filterToParams(effective);

  const order = useTableSort<AudienceSort>('reach', naturalDescending);
  const { sort, descending } = order;
  const pages = useAudiencePages({
    accountId,
    list,
    filter: effective,
    filterKey,
    sort,
    descending,
  });
  // After the pages: the first rows are asked for first, the slower whole-list segments next.
  const { segments, categories, pursuit, refreshing, error: dataError } = useAudienceData(accountId, list);
  const { pendingIds, track } = usePendingRows();
  const [actionError, setActionError] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ row: AudienceRow; anchor: HTMLElement } | null>(null);
  const [editor, setEditor] = useState<'categories' | 'pursuit' | null>(null);
  const [exporting, setExporting] = useState(false);
  const categoryMap = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);

  const openRow = useCallback(
    (row: AudienceRow) => {
      track(row.id, api.prospects.add({ accountId: row.id }))
        .then(() => {
          setActionError(null);
          onOpenAccount(row.id);
        })
        .catch((caught: unknown) => setActionError(describeError(caught)));
    },
    [onOpenAccount, track],
  );

  const columns = useMemo(
    () =>
      audienceColumns({
        categories: categoryMap,
        pendingIds,
        onOpen: openRow,
        onCategories: (row, anchor) =>
          setMenu((current) => (current?.row.id === row.id ? null : { row, anchor })),
      }),
    [categoryMap, pendingIds, openRow],
  );

  const assign = (row: AudienceRow, categoryId: number, assigned: boolean) => {
    setMenu(
      (current) =>
        current && {
          ...current,
          row: {
            ...current.row,
            categories: assigned
              ? [...current.row.categories, categoryId]
              : current.row.categories.filter((id) => id !== categoryId),
          },
        },
    );
    api.categories
      .assign({ accountId: row.id, categoryId, assigned })
      .then(() => {
        setActionError(null);
      })
      .catch((caught: unknown) => setActionError(describeError(caught)));
  };

  const exportCsv = () => {
    setExporting(true);
    api.audience
      .csv({ accountId, list, filter: effective })
      .then((csv) => {
        saveFile(
          csv,
          csvFilename(list, { handle: prospect?.handle ?? null, id: accountId }, effective, categories),
          'text/csv;charset=utf-8',
        );
        setActionError(null);
      })
      .catch((caught: unknown) => setActionError(describeError(caught)))
      .finally(() => setExporting(false));
  };

  const title = list === 'followers' ? 'Followers' : 'Following';
  const lede =
    list === 'followers'
      ? `Who follows ${who}: their likely customers`
      : `Who ${who} follows: how they see the world`;
  const listEmpty = segments?.total === 0 || (pages.total === 0 && pages.shownKey === '');
  const filtered = !isFilterEmpty(effective);
  const noMatches = pages.total === 0 && pages.shownKey !== '' && !listEmpty;
  const settled = pages.shownKey === filterKey;
  const error = dataError ?? pages.error ?? actionError;
  const headingId = `audience-${list}-${accountId}`;

  return (
    <section
      className="dossier-section audience-section"
      data-testid="audience-section"
      data-list={list}
      aria-labelledby={headingId}
    >
      <header className="dossier-header">
        <div>
          <h2 className="dossier-heading" id={headingId}>
            {title}
            <RefreshMark busy={refreshing} />
          </h2>
          <p className="dossier-lede">{lede}</p>
        </div>
        <div className="dossier-actions">
          <button type="button" className="button button-compact" onClick={() => setEditor('categories')}>
            Categories…
          </button>
          <button type="button" className="button button-compact" onClick={() => setEditor('pursuit')}>
            Competitors &amp; your business…
          </button>
          <button
            type="button"
            className="button button-compact"
            data-testid="audience-export"
            disabled={exporting || listEmpty || pages.total === 0}
            title={filtered ? 'Export the filtered list as CSV' : 'Export the whole list as CSV'}
            onClick={exportCsv}
          >
            <Icon name="import" size={13} />
            {exporting ? 'Exporting…' : 'Export CSV'}
          </button>
        </div>
      </header>
      {segments && (
        <p className="audience-coverage tabular" data-testid="audience-coverage">
          {coverageText(list, segments.total, segments.declared)}
          {segments.declared !== null && segments.total < segments.declared && (
            <span className="audience-coverage-hint">
              {' '}
              · import a fuller {list === 'followers' ? 'followers' : 'following'} list for the rest
            </span>
          )}
        </p>
      )}
      {error && (
        <Alert
          message={error}
          onDismiss={actionError && !dataError && !pages.error ? () => setActionError(null) : undefined}
        />
      )}
      {pages.total === null && !error && (
        <p className="dossier-loading" aria-busy="true">
          <span className="spinner" /> Reading the {list === 'followers' ? 'followers' : 'followed accounts'}…
        </p>
      )}
      {listEmpty ? (
        <EmptyState
          icon="accounts"
          title={
            list === 'followers'
              ? `No followers of ${who} are imported`
              : `No accounts ${who} follows are imported`
          }
          testId="audience-empty"
          compact
        >
          <p>
            Import {list === 'followers' ? 'a followers list' : 'a following list'} of {who}: an API export
            (twarc2, tweepy) or a CSV, imported with this account as the list owner.
          </p>
        </EmptyState>
      ) : (
        pages.total !== null && (
          <>
            {segments ? (
              <SegmentPanels
                segments={segments}
                categories={categories}
                filter={filter}
                list={list}
                onToggle={(key, value) => setFilter(toggleFilter(filter, key, value))}
              />
            ) : (
              !dataError && (
                <p className="dossier-loading segment-loading" aria-busy="true">
                  <span className="spinner" /> Counting roles, locations and reach…
                </p>
              )
            )}
            <div className="audience-table-area">
              <div className="audience-toolbar">
                <AudienceFilterBar
                  filter={filter}
                  text={text}
                  segments={segments}
                  categories={categories}
                  onText={setText}
                  onChange={setFilter}
                  onClear={clear}
                  count={
                    <span className="audience-count tabular" role="status">
                      {!settled
                        ? 'Filtering…'
                        : filtered && segments
                          ? `${formatCount(pages.total)} of ${formatCount(segments.total)}`
                          : `${formatCount(pages.total)} ${pages.total === 1 ? 'account' : 'accounts'}`}
                    </span>
                  }
                />
              </div>
              {noMatches ? (
                <EmptyState
                  icon="search"
                  title="No accounts match this filter"
                  testId="audience-no-matches"
                  compact
                >
                  <p>
                    <button type="button" className="link-button" onClick={clear}>
                      Clear the filters
                    </button>
                  </p>
                </EmptyState>
              ) : (
                <AccountTable
                  label={`${title} of ${who}`}
                  className="audience-table"
                  testId="audience-table"
                  rowTestId="audience-row"
                  rowHeight={52}
                  columns={columns}
                  pages={pages}
                  order={order}
                  queryKey={filterKey}
                  stale={!settled}
                  onSort={order.byHeader}
                  onRowDragStart={(row, event) => setCiteData(event.dataTransfer, citeRow(row))}
                />
              )}
            </div>
          </>
        )
      )}
      {menu && (
        <CategoryMenu
          anchor={menu.anchor}
          categories={categories}
          assigned={menu.row.categories}
          onToggle={(categoryId, assigned) => assign(menu.row, categoryId, assigned)}
          onEditCategories={() => setEditor('categories')}
          onClose={() => setMenu(null)}
        />
      )}
      {editor === 'categories' && (
        <CategoriesEditor categories={categories} onClose={() => setEditor(null)} />
      )}
      {editor === 'pursuit' && pursuit && <PursuitEditor pursuit={pursuit} onClose={() => setEditor(null)} />}
    </section>
  );
}
