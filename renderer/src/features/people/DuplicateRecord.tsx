import type { DuplicatePersonDto } from '../../../../common/person-merge-dto';
import { formatDay } from '../../components/format/date';
import { personRole } from './PeopleList';
import { relationshipNoun } from './relationships';

/** One record of a possible duplicate: what it says, where it comes from, and "keep this one". */
export function DuplicateRecord({
  person,
  shortcut,
  groupName,
  kept,
  onKeep,
}: {
  person: DuplicatePersonDto;
  shortcut: number;
  groupName: string;
  kept: boolean;
  onKeep: () => void;
}) {
  const role = personRole(person);
  const { customerSince, did, says } = person.facts;
  return (
    <label className={kept ? 'duplicate-record is-kept' : 'duplicate-record'} data-testid="duplicate-record">
      <span className="duplicate-keep">
        <input type="radio" name={groupName} checked={kept} onChange={onKeep} />
        {kept ? 'Keeping this one' : 'Keep this one'} <kbd>{shortcut}</kbd>
      </span>
      <strong className="duplicate-name">{person.displayName}</strong>
      <span className="duplicate-line">
        {relationshipNoun(person.relationship)}
        {role && ` · ${role}`}
      </span>
      {person.email && <span className="duplicate-line">{person.email}</span>}
      {person.profileUrl && <span className="duplicate-line">{person.profileUrl}</span>}
      {person.accounts.length > 0 && <span className="duplicate-line">{person.accounts.join(' ')}</span>}
      {customerSince && <span className="duplicate-line">Since {formatDay(customerSince)}</span>}
      {did && <span className="duplicate-line duplicate-fact">We did: {did}</span>}
      {says && <span className="duplicate-line duplicate-fact">They say: {says}</span>}
      <span className="duplicate-sources">
        From{' '}
        {person.sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && ', '}
            <span className="duplicate-source">{source.fileName}</span> ({formatDay(source.importedAt)})
          </span>
        ))}
      </span>
    </label>
  );
}
