import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PersonLinkDto } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { EmptyState } from '../../components/EmptyState';
import { linkedAccountName } from './linkText';
import { relationshipNoun } from './relationships';
import { aboveThreshold, keyAction, nextSelection } from './reviewQueue';

const key = (link: PersonLinkDto) => `${link.personId}:${link.accountId}`;
const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/**
 * Suggested links, most likely first, decided from the keyboard: j/k or the arrows move, a
 * accepts, r rejects, n says none of the suggested accounts is this person. Bulk accept confirms
 * every suggestion at or above the threshold.
 */
export function ReviewQueue() {
  const query = useApiQuery('people.links', { status: 'suggested' }, { dependsOn: ['records', 'links'] });
  // Decided here and not yet read back: gone at once rather than after the refresh.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const queue = (query.data ?? []).filter((link) => !decided.has(key(link)));
  const [selected, setSelected] = useState(0);
  const [threshold, setThreshold] = useState(0.9);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const at = nextSelection(queue, selected, 'stay');
  const current = at >= 0 ? queue[at] : undefined;

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  async function decide(links: PersonLinkDto[], confirm: boolean) {
    if (links.length === 0) return;
    setBusy(true);
    try {
      for (const link of links) {
        const args = { personId: link.personId, accountId: link.accountId };
        await (confirm ? api.people.link(args) : api.people.unlink(args));
        setDecided((done) => new Set(done).add(key(link)));
      }
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const action = keyAction(event.key);
    if (!action || !current) return;
    event.preventDefault();
    if (action === 'next' || action === 'previous') setSelected(nextSelection(queue, at, action));
    else if (busy) return;
    else if (action === 'accept') void decide([current], true);
    else if (action === 'reject') void decide([current], false);
    else
      void decide(
        queue.filter((link) => link.personId === current.personId),
        false,
      );
  }

  const bulk = aboveThreshold(queue, threshold);
  if (query.error && !query.data) return <Alert message={query.error} />;
  if (query.data && queue.length === 0) {
    return (
      <EmptyState icon="link" title="Nothing to review" testId="review-queue-empty">
        <p>
          When an imported account looks like one of your contacts (same name, their company in the bio, their
          LinkedIn address), it waits here for you to say yes or no.
        </p>
      </EmptyState>
    );
  }

  return (
    <section className="review-queue" aria-label="Suggested links" data-testid="review-queue">
      <div className="review-queue-bar">
        <p className="review-queue-keys">
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>n</kbd> not this
          person
        </p>
        <label className="review-queue-threshold">
          Accept all at or above
          <select
            className="select"
            value={threshold}
            onChange={(event) => setThreshold(Number(event.target.value))}
          >
            {[0.95, 0.9, 0.8, 0.7].map((value) => (
              <option key={value} value={value}>
                {percent(value)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-small"
          disabled={busy || bulk.length === 0}
          data-testid="review-bulk-accept"
          onClick={() => void decide(bulk, true)}
        >
          Accept {bulk.length}
        </button>
      </div>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <ul
        ref={listRef}
        className="review-queue-list"
        role="listbox"
        aria-label="Suggestions, most likely first"
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="review-queue-list"
      >
        {queue.map((link, index) => (
          <li
            key={key(link)}
            role="option"
            aria-selected={index === at}
            className="review-item"
            data-testid="review-item"
            onClick={() => setSelected(index)}
          >
            <div className="review-item-head">
              <span className="review-confidence" title="How likely the account is this person">
                {percent(link.confidence)}
              </span>
              <span className="review-who">
                <strong>{link.personName}</strong> ({relationshipNoun(link.relationship)}) may be{' '}
                <strong>{linkedAccountName(link)}</strong>
                {link.accountName && <span className="review-account-name"> {link.accountName}</span>}
              </span>
              <span className="review-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => void decide([link], true)}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => void decide([link], false)}
                >
                  Reject
                </button>
              </span>
            </div>
            {link.evidenceItems.length > 0 && (
              <ul className="review-evidence">
                {link.evidenceItems.map((item, i) => (
                  <li key={i} className={`review-evidence-item is-${item.effect}`}>
                    {item.effect === 'for' ? '+' : '−'} {item.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
