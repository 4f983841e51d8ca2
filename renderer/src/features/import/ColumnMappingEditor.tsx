import { useId } from 'react';
import type { DetectedImport, NetworkName } from '../../../../common/dto';
import {
  mappingFields,
  mappingNetworks,
  mappingProblem,
  withColumn,
  withKind,
  type MappingDraft,
} from './columnMapping';

/** Which CSV column holds which field, prefilled from a remembered mapping or a guess. */
export function ColumnMappingEditor({
  detected,
  mapping,
  disabled,
  onChange,
}: {
  detected: NonNullable<DetectedImport['columnMapping']>;
  mapping: MappingDraft;
  disabled: boolean;
  onChange: (mapping: MappingDraft) => void;
}) {
  const id = useId();
  const problem = mappingProblem(mapping);
  const { header } = detected;

  return (
    <fieldset className="import-mapping" data-testid="column-mapping" disabled={disabled}>
      <legend className="import-mapping-title">Columns</legend>
      <p className="import-mapping-source">
        {detected.remembered
          ? 'Mapping remembered from a file with the same columns'
          : 'Guessed from the column names — check it'}
      </p>
      <div className="import-mapping-kind" role="radiogroup" aria-label="Rows are" data-testid="mapping-kind">
        <span className="field-label">Rows are:</span>
        {(
          [
            ['accounts', 'Accounts'],
            ['edges', 'Follow edges'],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind} className="import-mapping-radio">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={mapping.kind === kind}
              onChange={() => onChange(withKind(mapping, kind))}
            />
            {label}
          </label>
        ))}
      </div>
      <div className="import-mapping-grid">
        {mappingFields[mapping.kind].map(({ field, label }) => (
          <label key={field} className="import-mapping-row">
            <span className="import-mapping-field">{label}</span>
            <select
              className="select"
              data-testid={`mapping-field-${field}`}
              value={mapping.columns[field] ?? ''}
              onChange={(event) => onChange(withColumn(mapping, field, event.target.value))}
            >
              <option value="">— not in this file —</option>
              {header.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="import-mapping-row">
          <span className="import-mapping-field">Default network</span>
          <select
            className="select"
            data-testid="mapping-network"
            value={mapping.defaultNetwork}
            onChange={(event) => onChange({ ...mapping, defaultNetwork: event.target.value as NetworkName })}
          >
            {mappingNetworks.map((network) => (
              <option key={network.value} value={network.value}>
                {network.label}
              </option>
            ))}
          </select>
        </label>
        {mapping.kind === 'accounts' && (
          <label className="import-mapping-row">
            <span className="import-mapping-field">These accounts are</span>
            <select
              className="select"
              data-testid="mapping-list"
              value={mapping.list}
              onChange={(event) => onChange({ ...mapping, list: event.target.value as MappingDraft['list'] })}
            >
              <option value="">just accounts</option>
              <option value="followers">the followers of …</option>
              <option value="following">the accounts followed by …</option>
            </select>
          </label>
        )}
      </div>
      {problem && !disabled && (
        <p className="field-hint" role="status">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
