import { useId } from 'react';
import type { DetectedImport, Relationship } from '../../../../common/dto';
import { archiveOwners, contactGroups } from '../people/relationships';
import { OwnerQuestion } from './OwnerQuestion';
import {
  asksWhoseArchive,
  choiceProblem,
  listOwnerNeeded,
  type ChoiceProblem,
  type ImportChoice,
} from './importChoices';

/** Only what this item needs to be imported: whose list, who the contacts are, whose archive. */
export function ItemQuestions({
  item,
  choice,
  onChange,
}: {
  item: DetectedImport;
  choice: ImportChoice;
  onChange: (change: Partial<ImportChoice>) => void;
}) {
  const id = useId();
  const problem = choiceProblem(item, choice);
  const disabled = !choice.selected;
  const list = listOwnerNeeded(item, choice);
  const hint = (field: ChoiceProblem['field']) =>
    problem?.field === field ? (
      <span className="field-hint" id={`${id}-${field}-hint`}>
        {problem.message}
      </span>
    ) : null;

  return (
    <div className="import-questions">
      {list && (
        <label className="field import-question">
          <span className="field-label">
            {list === 'likes' ? 'Whose likes are these?' : `Whose ${list} list is this?`}
          </span>
          <input
            className="text-input"
            placeholder="@handle"
            value={choice.listOwner}
            disabled={disabled}
            spellCheck={false}
            autoComplete="off"
            aria-required="true"
            aria-describedby={problem?.field === 'listOwner' ? `${id}-listOwner-hint` : undefined}
            onChange={(event) => onChange({ listOwner: event.target.value })}
          />
          {hint('listOwner')}
        </label>
      )}
      {item.unnamedOwner && (
        <OwnerQuestion
          item={{ ...item, unnamedOwner: item.unnamedOwner }}
          choice={choice}
          onChange={onChange}
        />
      )}
      {item.needsRelationship && (
        <label className="field import-question">
          <span className="field-label">Who are these people to you?</span>
          <select
            className="select"
            value={choice.relationship}
            disabled={disabled}
            aria-required="true"
            aria-describedby={problem?.field === 'relationship' ? `${id}-relationship-hint` : undefined}
            onChange={(event) => onChange({ relationship: event.target.value as Relationship })}
          >
            <option value="" disabled>
              Choose…
            </option>
            {contactGroups.map((group) => (
              <option key={group.value} value={group.value}>
                {group.label}
              </option>
            ))}
          </select>
          {hint('relationship')}
        </label>
      )}
      {asksWhoseArchive(item) && (
        <label className="field import-question import-question-inline">
          <span className="field-label">This archive is</span>
          <select
            className="select"
            value={choice.relationship || 'me'}
            disabled={disabled}
            onChange={(event) => onChange({ relationship: event.target.value as Relationship })}
          >
            {archiveOwners.map((owner) => (
              <option key={owner.value} value={owner.value}>
                {owner.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
