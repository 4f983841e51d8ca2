import { useId, useState, type KeyboardEvent } from 'react';
import { formatCount } from '../../components/format/count';
import { heatLevel, heatmapMax, hourLabel, weekdayNames, weekdayShort } from './focusText';

const hours = Array.from({ length: 24 }, (_, hour) => hour);

function cellText(weekday: number, hour: number, count: number): string {
  return `${weekdayNames[weekday]} ${hourLabel(hour)}–${hourLabel((hour + 1) % 24)}: ${formatCount(count)} ${
    count === 1 ? 'post' : 'posts'
  }`;
}

/**
 * Weekday × hour activity. Hover or arrow keys show a cell's count in the line below; the grid is
 * one tab stop.
 */
export function Heatmap({ heatmap, busy }: { heatmap: number[][]; busy: boolean }) {
  const max = heatmapMax(heatmap);
  const [active, setActive] = useState<{ weekday: number; hour: number } | null>(null);
  const readoutId = useId();
  const count = (weekday: number, hour: number) => heatmap[weekday]?.[hour] ?? 0;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive({ weekday: active?.weekday ?? 0, hour: event.key === 'Home' ? 0 : 23 });
      return;
    }
    if (!move) return;
    event.preventDefault();
    const from = active ?? { weekday: 0, hour: 0 };
    setActive({
      weekday: (from.weekday + move[0] + 7) % 7,
      hour: (from.hour + move[1] + 24) % 24,
    });
  }

  const readout = active
    ? cellText(active.weekday, active.hour, count(active.weekday, active.hour))
    : `Busiest hour: ${formatCount(max)} ${max === 1 ? 'post' : 'posts'}. Point at an hour for its count.`;

  return (
    <div className="heatmap-wrap" aria-busy={busy || undefined}>
      <div
        className="heatmap"
        data-testid="focus-heatmap"
        role="group"
        aria-label="Posts by weekday and hour; arrow keys move between hours"
        aria-describedby={readoutId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => setActive((current) => current ?? { weekday: 0, hour: 9 })}
        onBlur={() => setActive(null)}
        onMouseLeave={() => setActive(null)}
      >
        <span />
        {hours.map((hour) => (
          <span key={hour} className="heatmap-hour" aria-hidden="true">
            {hour % 3 === 0 ? hour : ''}
          </span>
        ))}
        {weekdayShort.map((day, weekday) => (
          <div key={day} className="heatmap-row" role="presentation">
            <span className="heatmap-day" aria-hidden="true">
              {day}
            </span>
            {hours.map((hour) => {
              const value = count(weekday, hour);
              const isActive = active?.weekday === weekday && active.hour === hour;
              return (
                <span
                  key={hour}
                  className={`heatmap-cell heat-${heatLevel(value, max)}${isActive ? ' is-active' : ''}`}
                  title={cellText(weekday, hour, value)}
                  data-count={value}
                  onMouseEnter={() => setActive({ weekday, hour })}
                />
              );
            })}
          </div>
        ))}
      </div>
      <p className="heatmap-readout tabular" id={readoutId} aria-live="polite">
        {readout}
      </p>
    </div>
  );
}
