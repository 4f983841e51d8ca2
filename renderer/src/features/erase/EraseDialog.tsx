import { useEffect, useState, type FormEvent } from 'react';
import type { ErasePreviewDto, EraseResultDto } from '../../../../common/dto';
import { eraseLines } from '../../../../common/erase-words';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { Dialog } from '../../components/Dialog';
import { useBusyAction } from '../../components/useBusyAction';
import { confirmed } from './eraseText';
import './erase.css';

export type EraseWho = { accountId: number } | { personId: number };

function WhatGoes({ report }: { report: ErasePreviewDto }) {
  const lines = eraseLines(report.counts);
  return (
    <ul className="erase-counts" data-testid="erase-counts">
      {lines.length ? lines.map((line) => <li key={line}>{line}</li>) : <li>Nothing else</li>}
    </ul>
  );
}

function MentioningNotes({ report, redact }: { report: ErasePreviewDto; redact: boolean }) {
  if (report.notes.length === 0) return <p className="field-hint">No note mentions them.</p>;
  return (
    <div className="erase-notes" data-testid="erase-notes">
      <p>
        {report.notes.length === 1 ? 'One note mentions' : `${report.notes.length} notes mention`} them
        {redact ? ' (shown as it will read):' : ':'}
      </p>
      <ul>
        {report.notes.map((note) => (
          <li key={note.accountId}>
            <strong>{note.handle ? `@${note.handle}` : `Account #${note.accountId}`}</strong> {note.excerpt}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the erase did to the backups and to later imports, in one or two sentences. */
function backupsSentence(result: EraseResultDto): string {
  const { rewritten, deleted } = result.backups;
  const backups = (n: number) => (n === 1 ? '1 backup' : `${n} backups`);
  const parts = [
    rewritten ? `They were erased from ${backups(rewritten)} of this workspace too.` : 'No backup held them.',
    deleted
      ? `${backups(deleted)} that could not be rewritten ${deleted === 1 ? 'was' : 'were'} deleted.`
      : '',
    result.neverImportAgain ? 'Later imports will leave them out.' : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * Erase everywhere: what goes (a preview the core counts without erasing), what to do
 * with notes that mention them, the handle (or name) typed back, then what went.
 */
export function EraseDialog({ who, onClose }: { who: EraseWho; onClose: (erased: boolean) => void }) {
  const [notes, setNotes] = useState<'keep' | 'redact'>('keep');
  const [linkedAccounts, setLinkedAccounts] = useState(false);
  const [neverImportAgain, setNeverImportAgain] = useState(false);
  const [preview, setPreview] = useState<ErasePreviewDto | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<EraseResultDto | null>(null);
  const action = useBusyAction();
  const isPerson = 'personId' in who;
  const whoKey = isPerson ? `person ${who.personId}` : `account ${who.accountId}`;

  useEffect(() => {
    let current = true;
    api.erase
      .preview({ ...who, notes, linkedAccounts })
      .then((answer) => current && setPreview(answer))
      .catch((caught: unknown) => current && setPreviewError(describeError(caught)));
    return () => {
      current = false;
    };
    // `who` is a fresh object each render: its id is what matters.
  }, [whoKey, notes, linkedAccounts]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(async () =>
      setResult(await api.erase.run({ ...who, notes, linkedAccounts, neverImportAgain })),
    );
  }

  if (result) {
    return (
      <Dialog title={`Erased ${result.label}`} onClose={() => onClose(true)} testId="erase-dialog">
        <div className="erase-body" data-testid="erase-summary">
          <p>Removed from this workspace:</p>
          <WhatGoes report={result} />
          <p className="field-hint">
            No byte of them is left in the workspace file, its journal or its search indexes.
          </p>
          <p className="field-hint" data-testid="erase-backups">
            {backupsSentence(result)}
          </p>
          <div className="erase-buttons">
            <button
              type="button"
              className="button button-primary"
              data-autofocus
              onClick={() => onClose(true)}
            >
              Done
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Erase everywhere" onClose={() => onClose(false)} testId="erase-dialog">
      <form className="erase-body" onSubmit={submit}>
        {(previewError ?? action.error) && <Alert message={(previewError ?? action.error)!} />}
        {preview ? (
          <>
            <p>
              Erasing <strong>{preview.label}</strong> removes, for good:
            </p>
            <WhatGoes report={preview} />
            <fieldset className="erase-choice">
              <legend className="field-label">Notes that mention them</legend>
              <label>
                <input type="radio" checked={notes === 'keep'} onChange={() => setNotes('keep')} /> Keep my
                words as written
              </label>
              <label>
                <input
                  type="radio"
                  checked={notes === 'redact'}
                  data-testid="erase-notes-redact"
                  onChange={() => setNotes('redact')}
                />{' '}
                Redact the mentions
              </label>
            </fieldset>
            <MentioningNotes report={preview} redact={notes === 'redact'} />
            {isPerson && (
              <label className="erase-check">
                <input
                  type="checkbox"
                  className="checkbox"
                  checked={linkedAccounts}
                  onChange={(event) => setLinkedAccounts(event.target.checked)}
                />
                Also erase the accounts confirmed as theirs
              </label>
            )}
            <label className="erase-check">
              <input
                type="checkbox"
                className="checkbox"
                checked={neverImportAgain}
                data-testid="erase-never-import-again"
                onChange={(event) => setNeverImportAgain(event.target.checked)}
              />
              Never import them again (later imports leave them out)
            </label>
            <label className="field">
              <span className="field-label">
                Type <strong className="selectable">{preview.confirmText}</strong> to confirm
              </span>
              <input
                className="text-input"
                value={typed}
                spellCheck={false}
                autoComplete="off"
                data-autofocus
                data-testid="erase-confirm"
                onChange={(event) => setTyped(event.target.value)}
              />
            </label>
          </>
        ) : (
          !previewError && <p aria-busy="true">Counting what goes…</p>
        )}
        <div className="erase-buttons">
          <button type="button" className="button" onClick={() => onClose(false)}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-danger"
            data-testid="erase-run"
            disabled={!preview || action.busy || !confirmed(typed, preview.confirmText)}
          >
            Erase everywhere
          </button>
        </div>
      </form>
    </Dialog>
  );
}
