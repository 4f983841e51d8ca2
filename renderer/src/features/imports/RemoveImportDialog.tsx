import type { ImportSourceDto, RemovalCountsDto } from '../../../../common/dto';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { useBusyAction } from '../../components/useBusyAction';
import { countSentence } from '../import/importOutcome';

/** Asks before removing an import, and says plainly what removing does. */
export function RemoveImportDialog({
  source,
  onClose,
  onRemoved,
}: {
  source: ImportSourceDto;
  onClose: () => void;
  onRemoved: (counts: RemovalCountsDto) => void;
}) {
  const { busy, error, run } = useBusyAction();
  const remove = () => void run(async () => onRemoved(await api.import.remove({ sourceId: source.id })));

  return (
    <Dialog
      title={`Remove “${source.fileName}”?`}
      role="alertdialog"
      onClose={() => !busy && onClose()}
      testId="remove-import-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy} autoFocus>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={remove} disabled={busy}>
            {busy ? 'Removing…' : 'Remove import'}
          </button>
        </>
      }
    >
      <p>Removes what only this import brought; data other imports also contain stays.</p>
      {source.summary && (
        <p>
          This import added {countSentence(source.summary.added, 'nothing new')}. Your prospects and notes on
          accounts that stay are kept.
        </p>
      )}
      {error && <Alert title="Could not remove the import" message={error} />}
    </Dialog>
  );
}
