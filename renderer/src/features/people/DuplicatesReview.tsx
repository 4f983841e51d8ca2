import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Relationship } from '../../../../common/dto';
import type { DuplicateGroupDto } from '../../../../common/person-merge-dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { EmptyState } from '../../components/EmptyState';
import { DuplicateGroupItem } from './DuplicateGroupItem';
import { duplicateKeyAction, groupKey, keptId } from './duplicatesReview';
import { nextSelection } from './reviewQueue';
import './duplicates.css';

interface Undoable {
  text: string;
  mergeIds: number[];
  groupKey: string;
}

/**
 * Records that look like one person, side by side with their sources, decided from the keyboard:
 * j/k or the arrows move, 1–9 pick the record to keep, m merges, n says they are different people.
 * A merge can be undone from the banner it leaves (and later from the person's page).
 * `onDecided` tells the view, whose count of groups follows imports only.
 */
export function DuplicatesReview({ onDecided }: { onDecided: () => void }) {
  const query = useApiQuery('people.duplicates', {}, { dependsOn: ['records', 'people'] });
  // Decided here and not yet read back: gone at once rather than after the refresh.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const groups = (query.data ?? []).filter((group) => !decided.has(groupKey(group)));
  const [selected, setSelected] = useState(0);
  const [kept, setKept] = useState<Record<string, number>>({});
  const [relationships, setRelationships] = useState<Record<string, Relationship>>({});
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const at = nextSelection(groups, selected, 'stay');
  const current = at >= 0 ? groups[at] : undefined;

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
      onDecided();
    }
  }

  const hide = (key: string) => setDecided((done) => new Set(done).add(key));

  const merge = (group: DuplicateGroupDto) =>
    act(async () => {
      const key = groupKey(group);
      const keepId = keptId(group, kept[key]);
      const relationship = relationships[key];
      const keeper = group.people.find((person) => person.id === keepId)!;
      const others = group.people.filter((person) => person.id !== keepId);
      const mergeIds: number[] = [];
      for (const other of others) {
        const done = await api.people.merge({
          keepId,
          otherId: other.id,
          ...(relationship ? { relationship } : {}),
        });
        mergeIds.push(done.id);
      }
      hide(key);
      const names = others.map((other) => other.displayName).join(', ');
      setUndoable({ text: `Merged ${names} into ${keeper.displayName}.`, mergeIds, groupKey: key });
    });

  const notSame = (group: DuplicateGroupDto) =>
    act(async () => {
      const [first, ...rest] = group.people;
      for (const other of rest) await api.people.rejectDuplicate({ personId: first!.id, otherId: other.id });
      hide(groupKey(group));
    });

  const undo = (done: Undoable) =>
    act(async () => {
      for (const mergeId of [...done.mergeIds].reverse()) await api.people.unmerge({ mergeId });
      setDecided((hidden) => new Set([...hidden].filter((key) => key !== done.groupKey)));
      setUndoable(null);
    });

  function onKeyDown(event: KeyboardEvent) {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (event.target instanceof HTMLSelectElement) return;
    const action = duplicateKeyAction(event.key);
    if (!action || !current) return;
    event.preventDefault();
    if (action.kind === 'next' || action.kind === 'previous')
      setSelected(nextSelection(groups, at, action.kind));
    else if (action.kind === 'keep') {
      const person = current.people[action.index];
      if (person) setKept((chosen) => ({ ...chosen, [groupKey(current)]: person.id }));
    } else if (busy) return;
    else if (action.kind === 'merge') void merge(current);
    else void notSame(current);
  }

  const banner = undoable && (
    <div className="merge-undo" role="status" data-testid="merge-undo">
      <span>{undoable.text}</span>
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => void undo(undoable)}
      >
        Undo
      </button>
      <button type="button" className="link-button" onClick={() => setUndoable(null)}>
        Dismiss
      </button>
    </div>
  );

  if (query.error && !query.data) return <Alert message={query.error} />;
  const empty = query.data !== null && groups.length === 0;
  return (
    <section className="review-queue" aria-label="Possible duplicates" data-testid="duplicates-review">
      {!empty && (
        <div className="review-queue-bar">
          <p className="review-queue-keys">
            <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>1</kbd>/<kbd>2</kbd> keep · <kbd>m</kbd> merge ·{' '}
            <kbd>n</kbd> not the same person
          </p>
        </div>
      )}
      {banner}
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      {empty ? (
        <EmptyState icon="accounts" title="No possible duplicates" testId="duplicates-empty">
          <p>
            When two of your contacts share an e-mail, a profile address, or a name and company (the same
            person in LinkedIn and in your address book, say), they wait here to be merged.
          </p>
        </EmptyState>
      ) : (
        <ul
          ref={listRef}
          className="review-queue-list"
          role="listbox"
          aria-label="Possible duplicates"
          tabIndex={0}
          onKeyDown={onKeyDown}
          data-testid="duplicates-list"
        >
          {groups.map((group, index) => {
            const key = groupKey(group);
            return (
              <DuplicateGroupItem
                key={key}
                group={group}
                selected={index === at}
                busy={busy}
                keepId={keptId(group, kept[key])}
                relationship={relationships[key]}
                onSelect={() => setSelected(index)}
                onKeep={(id) => setKept((chosen) => ({ ...chosen, [key]: id }))}
                onRelationship={(value) => setRelationships((chosen) => ({ ...chosen, [key]: value }))}
                onMerge={() => void merge(group)}
                onNotSame={() => void notSame(group)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
