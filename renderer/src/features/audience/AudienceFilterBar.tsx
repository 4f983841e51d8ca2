import type { ReactNode } from 'react';
import type { AudienceFilterDto, AudienceSegmentsDto, CategoryDto } from '../../../../common/dto';
import { Icon } from '../../components/Icon';
import { isFilterEmpty } from './audienceFilter';

/** Every part of the filter as a control; the segment panels set the same parts by click. */
export function AudienceFilterBar({
  filter,
  text,
  segments,
  categories,
  count,
  onText,
  onChange,
}: {
  /** How many accounts the filter keeps, shown at the end of the first row. */
  count: ReactNode;
  filter: AudienceFilterDto;
  /** The text as typed; the filter takes it once typing pauses. */
  text: string;
  segments: AudienceSegmentsDto | null;
  categories: readonly CategoryDto[];
  onText: (text: string) => void;
  onChange: (filter: AudienceFilterDto) => void;
}) {
  const set = <K extends keyof AudienceFilterDto>(key: K, value: AudienceFilterDto[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === '' || value === false) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  // A chosen value stays in its list even when the segments no longer count it.
  const locations = segments?.locations ?? [];
  const hasLocation = !filter.location || locations.some((l) => l.value === filter.location);
  const roles = segments?.roles ?? [];
  const hasRole = !filter.role || roles.some((r) => r.value === filter.role);

  return (
    <div className="audience-filters" role="search" aria-label="Filter the list">
      <div className="audience-filter-row">
        <label className="audience-search">
          <Icon name="search" size={14} className="audience-search-icon" />
          <input
            type="search"
            className="text-input"
            placeholder="Filter by text"
            aria-label="Filter by name, handle, bio or location"
            title="Name, handle, bio or location"
            data-testid="audience-filter-text"
            value={text}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && text !== '') {
                event.preventDefault();
                onText('');
              }
            }}
          />
        </label>
        {(!isFilterEmpty(filter) || text.trim() !== '') && (
          <button
            type="button"
            className="link-button audience-clear"
            onClick={() => {
              onText('');
              onChange({});
            }}
          >
            Clear filters
          </button>
        )}
        {count}
      </div>
      <div className="audience-filter-row">
        <select
          className="select audience-select"
          aria-label="Role"
          value={filter.role ?? ''}
          onChange={(event) => set('role', event.target.value)}
        >
          <option value="">Any role</option>
          {!hasRole && <option value={filter.role}>{filter.role}</option>}
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.value}
            </option>
          ))}
        </select>
        <select
          className="select audience-select"
          aria-label="Location"
          value={filter.location ?? ''}
          onChange={(event) => set('location', event.target.value)}
        >
          <option value="">Anywhere</option>
          {!hasLocation && <option value={filter.location}>{filter.location}</option>}
          {locations.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
        <select
          className="select audience-select"
          aria-label="Reach"
          value={filter.reach ?? ''}
          onChange={(event) => set('reach', event.target.value)}
        >
          <option value="">Any reach</option>
          {(segments?.reach ?? []).map((r) => (
            <option key={r.value} value={r.value}>
              {r.value}
            </option>
          ))}
        </select>
        <select
          className="select audience-select"
          aria-label="Category"
          value={filter.categoryId ?? ''}
          onChange={(event) => set('categoryId', event.target.value ? Number(event.target.value) : undefined)}
        >
          <option value="">Any category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="filter-toggle"
          aria-pressed={filter.mine === true}
          title="Only accounts that are your own people"
          onClick={() => set('mine', !filter.mine)}
        >
          Yours
        </button>
        <button
          type="button"
          className="filter-toggle"
          aria-pressed={filter.competitors === true}
          title="Only competitors"
          onClick={() => set('competitors', !filter.competitors)}
        >
          Competitors
        </button>
      </div>
    </div>
  );
}
