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
  const [keep, setKeep] = useState<number | null>(null);
  const [listed, setListed] = useState(0);
  const action = useBusyAction();

  useEffect(() => {
    api.backups
      .list({ path: request.path })
      .then((list) => {
        setBackups(list);
        setChosen((was) => (was && list.some((b) => b.name === was) ? was : (list[0]?.name ?? null)));
      })
      .catch((error: unknown) => setListError(describeError(error)));
  }, [request.path, listed]);

  useEffect(() => {
    api.backups
      .settings()
      .then((settings) => setKeep(settings.keep))
      .catch(() => setKeep(null));
  }, []);

  // Fewer to keep deletes the oldest of the open workspace's backups at once: list them again.
  const saveKeep = (value: number) =>
    void action.run(async () => {
      setKeep((await api.backups.setKeep({ keep: value })).keep);
      setListed((n) => n + 1);
    });

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
        {keep !== null && !damaged && (
          <label className="restore-keep">
            Keep the newest
            <select
              className="select"
              data-testid="restore-keep"
              value={keep}
              onChange={(event) => saveKeep(Number(event.target.value))}
            >
              {[...new Set([1, 2, 3, 5, 10, 20, 50, keep])]
                .sort((a, b) => a - b)
                .map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
            </select>
            backups of each workspace
          </label>
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
