import type { FocusDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { monthLabel, monthSeries } from './focusText';

const chartHeight = 96;

/** Posts and likes per month as paired bars; quiet months stay in as gaps. */
export function ActivityChart({ byMonth }: { byMonth: FocusDto['byMonth'] }) {
  const series = monthSeries(byMonth);
  if (series.length === 0) return <p className="focus-list-empty">No dated posts or likes.</p>;
  const max = series.reduce((m, month) => Math.max(m, month.posts, month.likes), 0) || 1;
  const width = series.length * 14;
  const bar = (value: number) => (value > 0 ? Math.max(2, (value / max) * chartHeight) : 0);
  const summary = `${monthLabel(series[0]!.month)} to ${monthLabel(series.at(-1)!.month)}: ${formatCount(
    series.reduce((s, m) => s + m.posts, 0),
  )} posts and ${formatCount(series.reduce((s, m) => s + m.likes, 0))} likes`;
  return (
    <figure
      className="activity-chart"
      data-testid="focus-months"
      style={{ maxWidth: Math.max(width * 3, 240) }}
    >
      <div className="activity-legend" aria-hidden="true">
        <span className="activity-swatch legend-posts" /> Posts
        <span className="activity-swatch legend-likes" /> Likes
        <span className="activity-max tabular">max {formatCount(max)} a month</span>
      </div>
      <svg
        className="activity-svg"
        viewBox={`0 0 ${width} ${chartHeight + 16}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
      >
        <line className="activity-axis" x1={0} x2={width} y1={chartHeight + 0.5} y2={chartHeight + 0.5} />
        {series.map((month, i) => (
          <g key={month.month}>
            <title>{`${monthLabel(month.month)}: ${formatCount(month.posts)} posts, ${formatCount(month.likes)} likes`}</title>
            <rect className="activity-hit" x={i * 14} y={0} width={14} height={chartHeight} />
            <rect
              className="activity-posts"
              x={i * 14 + 2}
              y={chartHeight - bar(month.posts)}
              width={5}
              height={bar(month.posts)}
              rx={1}
            />
            <rect
              className="activity-likes"
              x={i * 14 + 7}
              y={chartHeight - bar(month.likes)}
              width={5}
              height={bar(month.likes)}
              rx={1}
            />
          </g>
        ))}
      </svg>
      <figcaption className="activity-range">
        <span>{monthLabel(series[0]!.month)}</span>
        <span>{monthLabel(series.at(-1)!.month)}</span>
      </figcaption>
    </figure>
  );
}
