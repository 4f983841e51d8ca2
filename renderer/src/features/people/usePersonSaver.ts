import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodArgs } from '../../../../common/api';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

type Edit = Omit<MethodArgs<'people.update'>, 'id'>;
export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

/** Typing pauses this long before the edit is saved; leaving the field saves at once. */
const pauseMs = 600;

/**
 * Saves a person's edits as they are typed, like the notes: edits made within a pause are sent
 * as one, and what is pending when the pane closes or switches person is sent then.
 */
export function usePersonSaver(personId: number) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<Edit>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const edit = pending.current;
    if (Object.keys(edit).length === 0) return;
    pending.current = {};
    setStatus({ kind: 'saving' });
    api.people
      .update({ id: personId, ...edit })
      .then(() => setStatus({ kind: 'saved' }))
      .catch((error: unknown) => {
        // Kept for the next try, unless newer text replaced it meanwhile.
        pending.current = { ...edit, ...pending.current };
        setStatus({ kind: 'failed', error: describeError(error) });
      });
  }, [personId]);

  const edit = useCallback(
    (change: Edit, now = false) => {
      pending.current = { ...pending.current, ...change };
      if (timer.current) clearTimeout(timer.current);
      if (now) flush();
      else timer.current = setTimeout(flush, pauseMs);
    },
    [flush],
  );

  useEffect(() => flush, [flush]);
  return { status, edit, flush };
}
