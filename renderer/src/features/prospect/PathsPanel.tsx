import { useState } from 'react';
import type { PathsResultDto } from '../../../../common/dto';
import { Icon } from '../../components/Icon';
import { PathCard } from './PathCard';
import { PeopleGroups } from './PeopleGroups';

/** Paths shown before "Show more". */
export const FIRST_PATHS = 5;

/** The ranked referral paths, best first; the diagnosis in their place when there are none. */
export function PathsPanel({
  result,
  selectedPath,
  onSelectPath,
  onDraft,
  shown,
  onShowMore,
}: {
  result: PathsResultDto;
  selectedPath: number | null;
  onSelectPath: (index: number | null) => void;
  onDraft: (index: number) => void;
  /** How many of the ranked paths are listed. */
  shown: number;
  onShowMore: () => void;
}) {
  const [byPerson, setByPerson] = useState(false);
  const count = result.paths.length;
  return (
    <section className="paths-panel" data-testid="paths-panel" aria-labelledby="paths-title">
      <div className="paths-head">
        <h3 className="section-title" id="paths-title">
          Ways in
        </h3>
        {count > 0 && (
          <span className="paths-count">{count === 1 ? 'One path' : `${count} paths, best first`}</span>
        )}
      </div>
      <div className="paths-mode" role="group" aria-label="List paths">
        <button
          type="button"
          className="button button-small"
          aria-pressed={!byPerson}
          onClick={() => setByPerson(false)}
        >
          Best paths
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={byPerson}
          onClick={() => setByPerson(true)}
        >
          By person
        </button>
      </div>
      {byPerson ? (
        <PeopleGroups accountId={result.prospect.id} />
      ) : count === 0 ? (
        <div className="paths-diagnosis" data-testid="paths-diagnosis" role="note">
          <Icon name="warning" className="paths-diagnosis-icon" />
          <div>
            <p className="paths-diagnosis-title">No way in found yet</p>
            <p className="paths-diagnosis-text selectable">
              {result.diagnosis ??
                'No path from you or your people reaches this account in the imported data.'}
            </p>
          </div>
        </div>
      ) : (
        <ol className="path-list">
          {result.paths.slice(0, shown).map((path, index) => (
            <li key={index}>
              <PathCard
                path={path}
                index={index}
                selected={selectedPath === index}
                onSelect={() => onSelectPath(selectedPath === index ? null : index)}
                onDraft={() => onDraft(index)}
              />
            </li>
          ))}
        </ol>
      )}
      {!byPerson && count > shown && (
        <button type="button" className="button button-small paths-more" onClick={onShowMore}>
          Show {Math.min(FIRST_PATHS, count - shown)} more of {count - shown}
        </button>
      )}
      <details className="paths-formula">
        <summary>How paths are scored</summary>
        <p className="selectable">{result.formula}</p>
      </details>
    </section>
  );
}
