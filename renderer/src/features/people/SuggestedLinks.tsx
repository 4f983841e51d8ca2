import { useState } from 'react';
import type { PersonLinkDto } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { ShowAllButton, useFirstFew } from '../../components/FirstFew';
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
export function SuggestedLinks({ compact = false }: { compact?: boolean }) {
  const query = useApiQuery('people.links', { status: 'suggested' }, { dependsOn: ['records', 'links'] });
  // Decided here and not yet read back: hidden at once rather than after the refresh.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const links = (query.data ?? []).filter((link) => !decided.has(key(link)));
  const { shown, more } = useFirstFew(links, shownAtFirst);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const error = actionError ?? query.error;

  function decide(link: PersonLinkDto, confirm: boolean) {
    setDeciding(key(link));
    const args = { personId: link.personId, accountId: link.accountId };
    (confirm ? api.people.link(args) : api.people.unlink(args))
      .then(() => {
        setDecided((current) => new Set(current).add(key(link)));
        setActionError(null);
      })
      .catch((caught: unknown) => setActionError(describeError(caught)))
      .finally(() => setDeciding(null));
  }

  if (links.length === 0 && !error) return null;

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
      {error && <Alert message={error} onDismiss={actionError ? () => setActionError(null) : undefined} />}
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
      <ShowAllButton more={more} className="suggested-links-more" />
    </section>
  );
}
