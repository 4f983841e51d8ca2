import type { AudienceFilterDto, AudienceSegmentsDto, CategoryDto } from '../../../../common/dto';
import { ShowAllButton, useFirstFew } from '../../components/FirstFew';
import { formatCount } from '../../components/format/count';
import { categoryColor } from './audienceFilter';

interface SegmentItem {
  key: string;
  label: string;
  count: number;
  selected: boolean;
  color?: string;
  onSelect: () => void;
}

const shownAtFirst = 6;

function Panel({
  title,
  hint,
  items,
  empty,
  hideWhenAllZero = false,
}: {
  title: string;
  hint?: string;
  items: SegmentItem[];
  empty: string;
  /** Reach lists every bucket; with no counts known at all, say so instead of four zeros. */
  hideWhenAllZero?: boolean;
}) {
  const { shown, more } = useFirstFew(items, shownAtFirst);
  const max = items.reduce((m, item) => Math.max(m, item.count), 0);
  return (
    <div className="segment-panel">
      <h4 className="segment-title">
        {title}
        {hint && <span className="segment-hint">{hint}</span>}
      </h4>
      {items.length === 0 || (hideWhenAllZero && items.every((item) => item.count === 0)) ? (
        <p className="segment-empty">{empty}</p>
      ) : (
        <ul className="segment-items">
          {shown.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                className="segment-item"
                aria-pressed={item.selected}
                disabled={item.count === 0 && !item.selected}
                title={`${item.label}: ${formatCount(item.count)}. ${item.selected ? 'Show everyone' : 'Show only these'}`}
                onClick={item.onSelect}
              >
                <span
                  className="segment-bar"
                  style={{ width: `${max ? Math.max(3, (item.count / max) * 100) : 0}%` }}
                  aria-hidden="true"
                />
                {item.color && (
                  <span className="chip-dot" style={{ background: item.color }} aria-hidden="true" />
                )}
                <span className="segment-label">{item.label}</span>
                <span className="segment-count tabular">{formatCount(item.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowAllButton more={more} className="segment-more" />
    </div>
  );
}

/** The list in segments; a click filters the table to that segment, a second click clears it. */
export function SegmentPanels({
  segments,
  categories,
  filter,
  list,
  onToggle,
}: {
  segments: AudienceSegmentsDto;
  categories: readonly CategoryDto[];
  filter: AudienceFilterDto;
  list: 'followers' | 'following';
  onToggle: <K extends keyof AudienceFilterDto>(key: K, value: AudienceFilterDto[K]) => void;
}) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  /** A segment counted by value (a role, a location, a reach band): a click filters by it. */
  const valueItems = (
    key: 'role' | 'location' | 'reach',
    values: readonly { value: string; label?: string; count: number }[],
  ) =>
    values.map((v) => ({
      key: v.value,
      label: v.label ?? v.value,
      count: v.count,
      selected: filter[key] === v.value,
      onSelect: () => onToggle(key, v.value),
    }));
  return (
    <div className="segment-panels" data-testid="audience-segments">
      <Panel
        title="Roles"
        hint="from bios"
        empty="No role words in their bios."
        items={valueItems('role', segments.roles)}
      />
      <Panel
        title="Locations"
        empty="No locations given."
        items={valueItems('location', segments.locations)}
      />
      <Panel
        title="Categories"
        empty="No account matches a category yet: add keyword rules under Categories."
        items={segments.categories.map((c) => ({
          key: String(c.categoryId),
          label: byId.get(c.categoryId)?.name ?? `Category ${c.categoryId}`,
          count: c.count,
          color: categoryColor(byId.get(c.categoryId)),
          selected: filter.categoryId === c.categoryId,
          onSelect: () => onToggle('categoryId', c.categoryId),
        }))}
      />
      <div className="segment-stack">
        <Panel
          title="Reach"
          hint="their followers"
          empty="No follower counts known."
          hideWhenAllZero
          items={valueItems('reach', segments.reach)}
        />
        <Panel
          title="Overlap"
          hint={list === 'followers' ? 'among followers' : 'among followees'}
          empty=""
          items={[
            {
              key: 'mine',
              label: 'Your people',
              count: segments.mine,
              selected: filter.mine === true,
              onSelect: () => onToggle('mine', true),
            },
            {
              key: 'competitors',
              label: 'Competitors',
              count: segments.competitors,
              selected: filter.competitors === true,
              onSelect: () => onToggle('competitors', true),
            },
          ]}
        />
      </div>
    </div>
  );
}
