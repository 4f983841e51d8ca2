import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';

export const budgetChoices = [100, 300, 1000, 2000, 5000] as const;
const minFollowerChoices = [0, 100, 1000, 10_000, 100_000] as const;

function compactCount(value: number): string {
  return value >= 1000 ? `${value / 1000}k` : String(value);
}

/** The audience's filters: find, reach, category and how many accounts to draw. */
export function GraphFilters({
  hidden,
  text,
  onText,
  onFind,
  minFollowers,
  onMinFollowers,
  categoryId,
  onCategory,
  categoryChoices,
  noCategories,
  budget,
  onBudget,
  loading,
}: {
  hidden: boolean;
  text: string;
  onText: (text: string) => void;
  onFind: () => void;
  minFollowers: number;
  onMinFollowers: (value: number) => void;
  categoryId: number | null;
  onCategory: (id: number | null) => void;
  categoryChoices: readonly { id: number; name: string; count: number }[];
  noCategories: boolean;
  budget: number;
  onBudget: (value: number) => void;
  loading: boolean;
}) {
  return (
    <div className="graph-toolbar-group graph-toolbar-filters" hidden={hidden}>
      <label className="graph-find">
        <Icon name="search" size={13} className="graph-find-icon" />
        <span className="visually-hidden">Find in graph</span>
        <input
          type="search"
          className="text-input"
          placeholder="Find in graph"
          value={text}
          onChange={(event) => onText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onFind();
          }}
        />
      </label>
      <label className="graph-control">
        <span className="visually-hidden">Minimum followers</span>
        <select
          className="select"
          title="Hide accounts with fewer followers (your people and the paths stay)"
          value={minFollowers}
          onChange={(event) => onMinFollowers(Number(event.target.value))}
        >
          {minFollowerChoices.map((value) => (
            <option key={value} value={value}>
              {value === 0 ? 'Any reach' : `Reach ≥ ${compactCount(value)}`}
            </option>
          ))}
        </select>
      </label>
      <label className="graph-control">
        <span className="visually-hidden">Category</span>
        <select
          className="select graph-category"
          data-testid="graph-category"
          title={
            noCategories
              ? 'No account drawn here is in a category yet: assign categories in Following or Followers, or add keyword rules under Categories there'
              : 'Show only accounts in a category, from its keyword rules or assigned by hand (your people and the paths stay)'
          }
          value={categoryId ?? ''}
          disabled={noCategories}
          onChange={(event) => onCategory(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">Any category</option>
          {categoryChoices.map((category) => (
            <option
              key={category.id}
              value={category.id}
              disabled={category.count === 0 && category.id !== categoryId}
            >
              {category.name} ({formatCount(category.count)})
            </option>
          ))}
        </select>
      </label>
      <label className="graph-control">
        <span className="visually-hidden">Accounts to draw</span>
        <select
          className="select"
          data-testid="graph-budget"
          title="How many accounts to draw: the prospect, your people and the paths first, then the most relevant"
          value={budget}
          onChange={(event) => onBudget(Number(event.target.value))}
        >
          {budgetChoices.map((value) => (
            <option key={value} value={value}>
              {formatCount(value)} nodes
            </option>
          ))}
        </select>
      </label>
      {loading && <span className="spinner graph-spinner" aria-label="Loading" />}
    </div>
  );
}
