import { useState } from 'react';
import type { PersonDto, Relationship } from '../../../../common/dto';
import { RELATIONSHIPS } from '../../../../common/relationships';
import { relationshipNoun } from './relationships';
import { usePersonSaver, type SaveStatus } from './usePersonSaver';

const statusText = (status: SaveStatus) =>
  status.kind === 'saving'
    ? 'Saving…'
    : status.kind === 'saved'
      ? 'Saved'
      : status.kind === 'failed'
        ? status.error
        : '';

/**
 * The relationship and what the user knows about the person, saved as they type. Mounted once
 * per person (keyed by id): a refresh of the person does not overwrite what is being typed.
 */
export function PersonFactsEditor({ person }: { person: PersonDto }) {
  const { status, edit, flush } = usePersonSaver(person.id);
  const [relationship, setRelationship] = useState<Relationship>(person.relationship);
  const [since, setSince] = useState(person.facts.customerSince ?? '');
  const [did, setDid] = useState(person.facts.did ?? '');
  const [says, setSays] = useState(person.facts.says ?? '');
  const prefilled = person.facts.customerSince !== null && person.facts.customerSince === person.connectedOn;

  return (
    <div className="person-facts" data-testid="person-facts">
      <label className="person-field">
        <span className="person-field-label">Relationship</span>
        <select
          className="select"
          value={relationship}
          data-testid="person-relationship"
          onChange={(event) => {
            const value = event.target.value as Relationship;
            setRelationship(value);
            edit({ relationship: value }, true);
          }}
        >
          {RELATIONSHIPS.map((value) => (
            <option key={value} value={value}>
              {value === 'me' ? 'You' : relationshipNoun(value).replace(/^./, (c) => c.toUpperCase())}
            </option>
          ))}
        </select>
      </label>
      <label className="person-field">
        <span className="person-field-label">Customer since</span>
        <input
          type="date"
          className="text-input person-since"
          value={since}
          data-testid="person-since"
          onChange={(event) => {
            setSince(event.target.value);
            edit({ customerSince: event.target.value || null }, true);
          }}
        />
        {prefilled && since === person.connectedOn && (
          <span className="person-field-hint">From LinkedIn: connected on this day</span>
        )}
      </label>
      <FactText
        label="What we did for them"
        value={did}
        placeholder="For example: moved their deliveries to same-day in 2023"
        testId="person-did"
        onValue={(text) => {
          setDid(text);
          edit({ did: text });
        }}
        onDone={flush}
      />
      <FactText
        label="What they say about us"
        value={says}
        placeholder="Their words, as you may quote them"
        testId="person-says"
        onValue={(text) => {
          setSays(text);
          edit({ says: text });
        }}
        onDone={flush}
      />
      <div className={`person-save-status is-${status.kind}`} role="status" data-testid="person-save-status">
        {statusText(status)}
      </div>
    </div>
  );
}

/** A free-text fact, saved as it is typed and at once when the field is left. */
function FactText({
  label,
  value,
  placeholder,
  testId,
  onValue,
  onDone,
}: {
  label: string;
  value: string;
  placeholder: string;
  testId: string;
  onValue: (text: string) => void;
  onDone: () => void;
}) {
  return (
    <label className="person-field">
      <span className="person-field-label">{label}</span>
      <textarea
        className="text-input person-text"
        rows={3}
        value={value}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(event) => onValue(event.target.value)}
        onBlur={onDone}
      />
    </label>
  );
}
