import { lazy, Suspense, useState } from 'react';
import { Alert } from '../../components/Alert';
import { exactTime } from '../../components/format/relativeTime';
import { useNow } from '../../components/useNow';
import type { InsertRequest } from './MarkdownEditor';
import { noteStatusText } from './noteStatus';
import { useNote } from './useNote';
import './notes.css';

// CodeMirror loads with the first note opened, not with the app.
const MarkdownEditor = lazy(() => import('./MarkdownEditor').then((m) => ({ default: m.MarkdownEditor })));

/** The notes on one prospect: a markdown editor that saves as you type. */
export function ProspectNotes({
  workspacePath,
  accountId,
  title,
  insertRequest,
  onInserted,
}: {
  workspacePath: string;
  accountId: number;
  title: string;
  insertRequest: InsertRequest | null;
  onInserted: () => void;
}) {
  const [reloadKey, setReloadKey] = useState(0);
  const { load, initialText, restored, status, edit, flush, retryNow } = useNote(
    workspacePath,
    accountId,
    reloadKey,
  );
  const now = useNow();
  const text = noteStatusText(status, now);
  const note = status?.note ?? null;

  return (
    <div className="prospect-notes">
      <div className="notes-subject">
        <span className="notes-subject-name" title={title}>
          {title}
        </span>
        <span
          className={`notes-status notes-status-${text.tone}`}
          data-testid="notes-status"
          data-state={status?.state ?? 'loading'}
          role="status"
          title={status?.error ?? undefined}
        >
          {text.tone === 'busy' && <span className="notes-status-dot" aria-hidden="true" />}
          {text.label}
          {text.tone === 'problem' && (
            <button type="button" className="link-button notes-retry" onClick={retryNow}>
              Retry now
            </button>
          )}
        </span>
      </div>
      {load.kind === 'loading' ? (
        <div className="notes-loading" aria-busy="true">
          Loading the note…
        </div>
      ) : load.kind === 'failed' ? (
        <div className="notes-failed">
          <Alert title="Could not open the note" message={load.error} />
          <button
            type="button"
            className="button button-small"
            onClick={() => setReloadKey((key) => key + 1)}
          >
            Try again
          </button>
        </div>
      ) : (
        <>
          {restored && (
            <p className="notes-restored" role="note">
              Restored text that had not been saved when the app last closed.
            </p>
          )}
          <Suspense fallback={<div className="notes-loading" aria-busy="true" />}>
            <MarkdownEditor
              initialText={initialText}
              label={`Notes on ${title}`}
              placeholderText="What you know, who could introduce you, what to say first… Drag posts and accounts here to cite them."
              insertRequest={insertRequest}
              onInserted={onInserted}
              onChange={edit}
              onBlur={flush}
            />
          </Suspense>
        </>
      )}
      <div className="notes-times" title={note ? `Updated ${exactTime(note.updatedAt)}` : undefined}>
        {text.times ?? 'Markdown · saved as you type'}
      </div>
    </div>
  );
}
