import type { CSSProperties } from 'react';
import type { AudienceRow, CategoryDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { prospectInitials } from '../workspace/prospectNames';
import { citePost, setCiteData } from '../search/cite';
import { categoryColor } from './audienceFilter';

/** How an account is cited when a row is dragged into the notes: its bio, attributed. */
export function citeRow(row: AudienceRow): string {
  return citePost({ text: row.bio?.trim() || row.name || row.handle || '', author: row });
}

/** One account of the list, placed by the virtual table; rows off screen do not exist. */
export function AudienceRowView({
  row,
  rowIndex,
  style,
  categories,
  pending,
  onOpen,
  onCategories,
}: {
  row: AudienceRow;
  rowIndex: number;
  style: CSSProperties;
  categories: ReadonlyMap<number, CategoryDto>;
  pending: boolean;
  onOpen: (row: AudienceRow) => void;
  onCategories: (row: AudienceRow, anchor: HTMLElement) => void;
}) {
  const known = Boolean(row.name?.trim() || row.handle);
  const title = row.name?.trim() || (row.handle ? `@${row.handle}` : 'Unknown account');
  const chips = row.categories
    .map((id) => categories.get(id))
    .filter((c): c is CategoryDto => c !== undefined);
  return (
    <div
      className="audience-grid audience-row"
      role="row"
      aria-rowindex={rowIndex}
      data-testid="audience-row"
      style={style}
      draggable
      onDragStart={(event) => setCiteData(event.dataTransfer, citeRow(row))}
    >
      <div className="audience-cell audience-who" role="cell">
        <span className="prospect-avatar" aria-hidden="true">
          {prospectInitials(row)}
        </span>
        <span className="audience-who-text">
          <span className={known ? 'audience-name' : 'audience-name is-unknown'} title={title}>
            {title}
          </span>
          <span className="audience-handle">
            {row.handle ? `@${row.handle}` : known ? '' : 'Only the id was imported'}
            {row.bio && <span className="audience-inline-bio"> · {row.bio}</span>}
          </span>
        </span>
      </div>
      <div className="audience-cell audience-bio" role="cell" title={row.bio ?? undefined}>
        {row.bio}
      </div>
      <div className="audience-cell audience-location" role="cell" title={row.location ?? undefined}>
        {row.location}
      </div>
      <div className="audience-cell audience-reach tabular" role="cell">
        {row.reach === null ? '—' : formatCount(row.reach)}
      </div>
      <div
        className="audience-cell audience-categories"
        role="cell"
        title={chips.map((c) => c.name).join(', ') || undefined}
      >
        {chips.map((c) => (
          <span key={c.id} className="chip">
            <span className="chip-dot" style={{ background: categoryColor(c) }} aria-hidden="true" />
            <span className="chip-text">{c.name}</span>
          </span>
        ))}
      </div>
      <div className="audience-cell audience-roles" role="cell" title={row.roles.join(', ') || undefined}>
        {row.roles.join(', ')}
      </div>
      <div className="audience-cell audience-flags" role="cell">
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
      </div>
      <div className="audience-cell audience-actions" role="cell">
        <button
          type="button"
          className="button button-compact"
          disabled={pending}
          aria-busy={pending || undefined}
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
        </button>
      </div>
    </div>
  );
}

/** Stands in for a row whose page is still on its way. */
export function AudienceLoadingRow({ rowIndex, style }: { rowIndex: number; style: CSSProperties }) {
  return (
    <div
      className="audience-grid audience-row is-loading"
      role="row"
      aria-rowindex={rowIndex}
      aria-busy="true"
      style={style}
    >
      <div className="audience-cell audience-who" role="cell">
        <span className="prospect-avatar" aria-hidden="true" />
        <span className="audience-skeleton" style={{ width: '60%' }} />
      </div>
    </div>
  );
}
