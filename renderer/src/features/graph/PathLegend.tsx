import type { LegendEntry } from './svgExport';

/** The path-first view's key, under the canvas: who each colour is, what a line's width and dashes say. */
export function PathLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="path-legend" data-testid="path-legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.label} title={entry.short ? entry.label : undefined}>
          {entry.kind === 'dot' ? (
            <span
              className="legend-swatch"
              style={{ ['--swatch' as string]: entry.color }}
              aria-hidden="true"
            />
          ) : (
            <svg className="path-legend-line" width="26" height="12" aria-hidden="true">
              <line
                x1="1"
                y1="6"
                x2="25"
                y2="6"
                stroke={entry.color}
                strokeWidth={Math.min(entry.width, 9)}
                strokeDasharray={entry.dashed ? '5 3' : undefined}
              />
            </svg>
          )}
          <span className="legend-label">{entry.short ?? entry.label}</span>
          {entry.short && <span className="visually-hidden">: {entry.label}</span>}
        </li>
      ))}
    </ul>
  );
}
