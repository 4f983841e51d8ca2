import { useMemo } from 'react';
import { timeZoneChoices } from './focusText';

function supportedZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The zone the heatmap is drawn in: every IANA zone the browser knows, UTC first. */
export function TimeZonePicker({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const zones = useMemo(() => timeZoneChoices(value, supportedZones()), [value]);
  return (
    <label className="timezone-field">
      <span className="field-label">Time zone</span>
      <select
        className="select"
        data-testid="focus-timezone"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}
