import { useState } from 'react';
import type { Relationship } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';
import { pathLine, scorePercent } from './pathText';

const RELATIONSHIPS: Relationship[] = ['me', 'customer', 'colleague', 'partner', 'friend', 'other'];

/**
 * All the ways in: each of the user's people with their best path, or why they have none. Asked
 * for only when shown: one exact search per linked person takes seconds with thousands of them.
 */
export function PeopleGroups({ accountId }: { accountId: number }) {
  const [relationship, setRelationship] = useState<Relationship | ''>('');
  const [personId, setPersonId] = useState<number | ''>('');
  const query = useApiQuery(
    'paths.find',
    { accountId, limit: 1, groupByPerson: true },
    { dependsOn: ['records', 'links', 'people'] },
  );
  const result = query.data;
  if (!result) {
    return (
      <p className="people-groups-note" data-testid="people-groups-loading">
        {query.error ?? 'Finding the best path from each of your people…'}
      </p>
    );
  }
  const groups = result.groups ?? [];
  const present = RELATIONSHIPS.filter((r) => groups.some((g) => g.relationship === r));
  const shown = groups.filter(
    (g) =>
      (relationship === '' || g.relationship === relationship) &&
      (personId === '' || g.personId === personId),
  );
  return (
    <div className="people-groups" data-testid="people-groups">
      <div className="people-groups-filters">
        <select
          className="select"
          aria-label="Relationship"
          value={relationship}
          onChange={(event) => {
            setRelationship(event.target.value as Relationship | '');
            setPersonId('');
          }}
        >
          <option value="">Every relationship</option>
          {present.map((r) => (
            <option key={r} value={r}>
              {r === 'me' ? 'You' : `${r[0]!.toUpperCase()}${r.slice(1)}s`}
            </option>
          ))}
        </select>
        <select
          className="select"
          aria-label="Person"
          value={personId}
          onChange={(event) => setPersonId(event.target.value ? Number(event.target.value) : '')}
        >
          <option value="">Every person</option>
          {groups
            .filter((g) => relationship === '' || g.relationship === relationship)
            .map((g) => (
              <option key={g.personId} value={g.personId}>
                {g.personName}
              </option>
            ))}
        </select>
      </div>
      <ul className="people-group-list">
        {shown.map((group) => (
          <li key={group.personId} className="people-group" data-testid="people-group">
            <div className="people-group-head">
              <span className="people-group-name">{group.personName}</span>
              <span className="people-group-relationship">
                {group.relationship === 'me' ? 'you' : group.relationship}
              </span>
              {group.path && (
                <span className={group.path.cold ? 'people-group-score is-cold' : 'people-group-score'}>
                  {group.path.cold ? 'cold · ' : ''}
                  {scorePercent(group.path.score)}
                </span>
              )}
            </div>
            {group.path ? (
              <p className="people-group-path selectable">{pathLine(group.path)}</p>
            ) : (
              <p className="people-group-reason selectable">{group.reason}</p>
            )}
          </li>
        ))}
      </ul>
      {result.unlinkedPeople ? (
        <p className="people-groups-note">
          {result.unlinkedPeople === 1
            ? 'One of your people is not linked to any account yet: link them in People.'
            : `${result.unlinkedPeople.toLocaleString('en-US')} of your people are not linked to any account yet: link them in People.`}
        </p>
      ) : null}
    </div>
  );
}
