import { useEffect, useState } from 'react';
import type { BackupDto } from '../../../../common/backup-dto';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { Dialog } from '../../components/Dialog';
import { formatBytes } from '../../components/format/bytes';
import { useBusyAction } from '../../components/useBusyAction';
import { backupWhen } from './backupWhen';
import { closeRestore, useRestoreRequest, type RestoreRequest } from './restorePrompt';
import './backups.css';

/** File › Restore from Backup…, and the offer a damaged workspace gets; mounted once in the app. */
export function RestoreHost() {
  const request = useRestoreRequest();
  return request ? <RestoreDialog key={request.path} request={request} /> : null;
}

function RestoreDialog({ request }: { request: RestoreRequest }) {
  const [backups, setBackups] = useState<BackupDto[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(request.damaged?.newest ?? null);
  const action = useBusyAction();

  useEffect(() => {
    api.backups
      .list({ path: request.path })
      .then((list) => {
        setBackups(list);
        setChosen((was) => was ?? list[0]?.name ?? null);
      })
      .catch((error: unknown) => setListError(describeError(error)));
  }, [request.path]);

  const restore = (name: string) =>
    void action.run(async () => {
      await api.backups.restore({ path: request.path, name });
      closeRestore();
    });

  const newest = backups?.[0];
  const damaged = request.damaged;
  return (
    <Dialog
      title={damaged ? `“${request.name}” is damaged` : `Restore “${request.name}” from a backup`}
      onClose={closeRestore}
      role={damaged ? 'alertdialog' : 'dialog'}
      testId="restore-dialog"
      className="restore-dialog"
    >
      <div className="restore-body">
        {damaged && (
          <p className="restore-damaged" data-testid="restore-damaged">
            {damaged.message}
          </p>
        )}
        {(listError ?? action.error) && <Alert message={(listError ?? action.error)!} />}
        {backups && backups.length === 0 && (
          <p className="field-hint">
            This workspace has no backups yet. One is taken before every import, removal and erase.
          </p>
        )}
        {backups && backups.length > 0 && (
          <fieldset className="restore-list">
            <legend className="field-label">Backups, newest first</legend>
            {backups.map((backup) => (
              <label key={backup.name} className="restore-row" data-testid="restore-row">
                <input
                  type="radio"
                  name="backup"
                  checked={chosen === backup.name}
                  onChange={() => setChosen(backup.name)}
                />
                <span className="restore-when tabular">{backupWhen(backup.createdAt)}</span>
                <span className="restore-what">before {backup.label}</span>
                <span className="restore-size tabular">{formatBytes(backup.sizeBytes)}</span>
              </label>
            ))}
          </fieldset>
        )}
        <p className="field-hint">
          Restoring keeps the current file as one more backup, checks the backup, then puts it in the
          workspace’s place.
        </p>
        <div className="form-footer">
          <button type="button" className="button" onClick={closeRestore}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="restore-button"
            disabled={!chosen || action.busy}
            onClick={() => chosen && restore(chosen)}
          >
            {action.busy
              ? 'Restoring…'
              : damaged && newest && chosen === newest.name
                ? `Restore the newest backup (${backupWhen(newest.createdAt)})`
                : 'Restore'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
