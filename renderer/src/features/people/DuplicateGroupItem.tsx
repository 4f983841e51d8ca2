import type { Relationship } from '../../../../common/dto';
import type { DuplicateGroupDto } from '../../../../common/person-merge-dto';
import { DuplicateRecord } from './DuplicateRecord';
import { differingRelationships, groupKey } from './duplicatesReview';
import { relationshipNoun } from './relationships';

/** One group of possible duplicates: why, the records side by side, which to keep, and the decisions. */
export function DuplicateGroupItem({
  group,
  selected,
  busy,
  keepId,
  relationship,
  onSelect,
  onKeep,
  onRelationship,
  onMerge,
  onNotSame,
}: {
  group: DuplicateGroupDto;
  selected: boolean;
  busy: boolean;
  keepId: number;
  relationship: Relationship | undefined;
  onSelect: () => void;
  onKeep: (personId: number) => void;
  onRelationship: (relationship: Relationship) => void;
  onMerge: () => void;
  onNotSame: () => void;
}) {
  const choices = differingRelationships(group);
  return (
    <li
      role="option"
      aria-selected={selected}
      className="review-item duplicate-group"
      data-testid="duplicate-group"
      onClick={onSelect}
    >
      <div className="review-item-head">
        <span className="duplicate-evidence">{group.evidence.map((e) => e.text).join(' · ')}</span>
        <span className="review-actions">
          <button
            type="button"
            className="button button-small button-primary"
            disabled={busy}
            onClick={onMerge}
          >
            Merge
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={onNotSame}>
            Not the same person
          </button>
        </span>
      </div>
      <div className="duplicate-records">
        {group.people.map((person, i) => (
          <DuplicateRecord
            key={person.id}
            person={person}
            shortcut={i + 1}
            groupName={`keep-${groupKey(group)}`}
            kept={person.id === keepId}
            onKeep={() => onKeep(person.id)}
          />
        ))}
      </div>
      {choices.length > 0 && (
        <label className="duplicate-relationship">
          Merged, they are your
          <select
            className="select"
            value={relationship ?? group.people.find((p) => p.id === keepId)!.relationship}
            onChange={(event) => onRelationship(event.target.value as Relationship)}
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {relationshipNoun(choice)}
              </option>
            ))}
          </select>
        </label>
      )}
    </li>
  );
}
