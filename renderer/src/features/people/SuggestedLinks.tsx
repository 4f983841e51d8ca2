import { useEffect, useState } from 'react';
import type { PersonLinkDto } from '../../../../common/dto';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { linkedAccountName, suggestionText } from './linkText';
import { relationshipNoun } from './relationships';
import './people.css';

/** Beyond this many, the rest wait behind "Show all" so the list under them stays in view. */
const shownAtFirst = 4;

const key = (link: PersonLinkDto) => `${link.personId}:${link.accountId}`;

/**
 * Accounts that may belong to the user's own contacts, for the user to confirm or reject.
 * Renders nothing when there is nothing to decide.
 */
export function SuggestedLinks({
  version,
  onDecided,
  compact = false,
}: {
  version: number;
  onDecided: () => void;
  compact?: boolean;
}) {
  const [links, setLinks] = useState<PersonLinkDto[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.people
      .links({ status: 'suggested' })
      .then((found) => live && setLinks(found))
      .catch((caught: unknown) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, [version]);

  function decide(link: PersonLinkDto, confirm: boolean) {
    setDeciding(key(link));
    const args = { personId: link.personId, accountId: link.accountId };
    (confirm ? api.people.link(args) : api.people.unlink(args))
      .then(() => {
        setLinks((current) => current.filter((other) => key(other) !== key(link)));
        setError(null);
        onDecided();
      })
      .catch((caught: unknown) => setError(describeError(caught)))
      .finally(() => setDeciding(null));
  }

  if (links.length === 0 && !error) return null;
  const shown = showAll ? links : links.slice(0, shownAtFirst);

  return (
    <section
      className={compact ? 'suggested-links is-compact' : 'suggested-links'}
      data-testid="suggested-links"
      aria-labelledby="suggested-links-title"
    >
      <div className="suggested-links-head">
        <Icon name="link" className="suggested-links-icon" />
        <h3 className="suggested-links-title" id="suggested-links-title">
          Are these your contacts?
        </h3>
        <span className="suggested-links-note">
          {formatCount(links.length)} {links.length === 1 ? 'suggestion' : 'suggestions'} from your imports
        </span>
      </div>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <ul className="suggested-links-list">
        {shown.map((link) => (
          <li key={key(link)} className="suggested-link">
            <span className="suggested-link-text" title={suggestionText(link)}>
              <strong>{link.personName}</strong> ({relationshipNoun(link.relationship)}) may be{' '}
              <strong>{linkedAccountName(link)}</strong>
              {link.evidence && <span className="suggested-link-evidence"> — {link.evidence}</span>}
            </span>
            <span className="suggested-link-actions">
              <button
                type="button"
                className="button button-small"
                disabled={deciding === key(link)}
                onClick={() => decide(link, true)}
              >
                <Icon name="check" size={13} />
                Confirm
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={deciding === key(link)}
                onClick={() => decide(link, false)}
              >
                Reject
              </button>
            </span>
          </li>
        ))}
      </ul>
      {links.length > shownAtFirst && (
        <button
          type="button"
          className="link-button suggested-links-more"
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show fewer' : `Show all ${formatCount(links.length)}`}
        </button>
      )}
    </section>
  );
}
