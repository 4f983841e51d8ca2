import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NoteDto } from '../../../../common/dto';
import { api, isDesktop } from '../../api';
import { describeError } from '../../components/describeError';
import { clearDraft, draftKey, draftToRestore, readDraft, writeDraft } from './noteDrafts';
import { NoteSaver, type NoteSaverStatus } from './noteSaver';

export type NoteLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: string }
  | { kind: 'ready'; accountId: number; note: NoteDto | null };

/**
 * One prospect's note: loaded once, then saved as it is typed. The saver outlives a switch to
 * another prospect long enough to store the last keystrokes, and the window will not close on
 * unsaved text in browser mode without asking.
 */
export function useNote(workspacePath: string, accountId: number, reloadKey: number) {
  const [load, setLoad] = useState<NoteLoad>({ kind: 'loading' });
  const [status, setStatus] = useState<NoteSaverStatus | null>(null);
  const saverRef = useRef<NoteSaver | null>(null);

  useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    setStatus(null);
    api.notes
      .get({ accountId })
      .then((note) => live && setLoad({ kind: 'ready', accountId, note }))
      .catch((error: unknown) => live && setLoad({ kind: 'failed', error: describeError(error) }));
    return () => {
      live = false;
    };
  }, [accountId, reloadKey]);

  // A load for the previous prospect must never seed this one's saver.
  const ready = load.kind === 'ready' && load.accountId === accountId;
  const initialNote = ready ? load.note : null;
  const key = draftKey(workspacePath, accountId);
  // Text typed last time that never reached the core (closed window, core gone): offered back.
  const restored = useMemo(() => {
    if (!ready) return null;
    const draft = readDraft(localStorage, key);
    const text = draftToRestore(draft, initialNote);
    if (draft && text === null) clearDraft(localStorage, key);
    return text;
  }, [ready, initialNote, key]);

  useEffect(() => {
    if (!ready) return;
    const saver = new NoteSaver(initialNote, {
      save: (body) => api.notes.save({ accountId, body }),
      onStatus: setStatus,
      onStored: (_body, upToDate) => {
        if (upToDate) clearDraft(localStorage, key);
      },
      describeError,
    });
    saverRef.current = saver;
    setStatus(saver.status);
    if (restored !== null) saver.edit(restored);

    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges()) return;
      void saver.flush();
      // Browser mode asks before leaving so the save can land; Electron would only cancel the close.
      if (!isDesktop) event.preventDefault();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', hidden);
      if (saverRef.current === saver) saverRef.current = null;
      void saver.dispose();
    };
  }, [ready, initialNote, accountId, key, restored]);

  const edit = useCallback(
    (body: string) => {
      saverRef.current?.edit(body);
      writeDraft(localStorage, key, body);
    },
    [key],
  );
  const flush = useCallback(() => void saverRef.current?.flush(), []);
  const retryNow = useCallback(() => void saverRef.current?.flush(), []);

  return {
    load: ready || load.kind !== 'ready' ? load : ({ kind: 'loading' } as const),
    /** What the editor starts with: the restored draft, else the stored note. */
    initialText: restored ?? initialNote?.body ?? '',
    restored: restored !== null,
    status,
    edit,
    flush,
    retryNow,
  };
}
