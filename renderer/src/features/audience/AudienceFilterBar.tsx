import type { ReactNode } from 'react';
import type { AudienceFilterDto, AudienceSegmentsDto, CategoryDto } from '../../../../common/dto';
import { SearchField } from '../../components/SearchField';
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
  onClear,
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
  /** Both the parts and the text, at once. */
  onClear: () => void;
}) {
  const set = <K extends keyof AudienceFilterDto>(key: K, value: AudienceFilterDto[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === '' || value === false) delete next[key];
    else next[key] = value;
    onChange(next);
  };

  return (
    <div className="audience-filters" role="search" aria-label="Filter the list">
      <div className="audience-filter-row">
        <SearchField
          className="audience-search"
          placeholder="Filter by text"
          aria-label="Filter by name, handle, bio or location"
          title="Name, handle, bio or location"
          data-testid="audience-filter-text"
          value={text}
          onValue={onText}
        />
        {(!isFilterEmpty(filter) || text.trim() !== '') && (
          <button type="button" className="link-button audience-clear" onClick={onClear}>
            Clear filters
          </button>
        )}
        {count}
      </div>
      <div className="audience-filter-row">
        <FilterSelect
          label="Role"
          anyText="Any role"
          value={filter.role}
          options={(segments?.roles ?? []).map((r) => ({ value: r.value, label: r.value }))}
          onChange={(value) => set('role', value)}
        />
        <FilterSelect
          label="Location"
          anyText="Anywhere"
          value={filter.location}
          options={segments?.locations ?? []}
          onChange={(value) => set('location', value)}
        />
        <FilterSelect
          label="Reach"
          anyText="Any reach"
          value={filter.reach}
          options={(segments?.reach ?? []).map((r) => ({ value: r.value, label: r.value }))}
          onChange={(value) => set('reach', value)}
        />
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

/** One part of the filter as a list of the values the segments counted; empty is "any". */
function FilterSelect({
  label,
  anyText,
  value,
  options,
  onChange,
}: {
  label: string;
  anyText: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  // A chosen value stays in its list even when the segments no longer count it.
  const missing = value !== undefined && value !== '' && !options.some((o) => o.value === value);
  return (
    <select
      className="select audience-select"
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{anyText}</option>
      {missing && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
