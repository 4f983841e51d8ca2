import { useState } from 'react';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { formatDay } from '../../components/format/date';

/** "Merged from Jose Alvarez on 3 Dec 2026 · Undo": the merges into this person, newest first. */
export function MergedFrom({ personId }: { personId: number }) {
  const query = useApiQuery('people.merges', { personId }, { dependsOn: ['records', 'people', 'links'] });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const merges = query.data ?? [];
  if (merges.length === 0 && !error) return null;

  function undo(mergeId: number) {
    setBusy(true);
    api.people
      .unmerge({ mergeId })
      .then(() => setError(null))
      .catch((caught: unknown) => setError(describeError(caught)))
      .finally(() => setBusy(false));
  }

  return (
    <>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      {merges.map((merge) => (
        <p key={merge.id} className="person-merged" data-testid="person-merged">
          <span>
            Merged from {merge.otherName} on {formatDay(merge.mergedAt)}
          </span>
          <button type="button" className="link-button" disabled={busy} onClick={() => undo(merge.id)}>
            Undo
          </button>
        </p>
      ))}
    </>
  );
}
