import type { GraphRole } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { roleLegend } from './graphStyle';

/**
 * The colour key, which is also the role filter: each role is a checkbox with its count, so
 * hiding the followers is one click on "Followers".
 */
export function GraphLegend({
  counts,
  shown,
  onToggle,
}: {
  counts: Record<GraphRole, number>;
  shown: Record<GraphRole, boolean>;
  onToggle: (role: GraphRole) => void;
}) {
  return (
    <fieldset className="graph-legend" data-testid="graph-legend">
      <legend className="visually-hidden">Roles shown in the graph</legend>
      <ul>
        {roleLegend.map(({ role, label, description }) => {
          const count = counts[role];
          // A role with nothing drawn has no colour to explain and nothing to filter.
          if (count === 0) return null;
          const locked = role === 'prospect';
          return (
            <li key={role}>
              <label title={description}>
                <input
                  type="checkbox"
                  className="legend-check"
                  checked={locked || shown[role]}
                  disabled={locked}
                  onChange={() => onToggle(role)}
                />
                <span className={`legend-swatch role-${role}`} aria-hidden="true" />
                <span className="legend-label">{label}</span>
                <span className="legend-count tabular">{formatCount(count)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
