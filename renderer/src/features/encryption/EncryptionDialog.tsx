import { useId, useState, type FormEvent } from 'react';
import type { WorkspaceInfo } from '../../../../common/dto';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { useBusyAction } from '../../components/useBusyAction';
import { NewPassphraseFields, newPassphraseProblem, type NewPassphrase } from './NewPassphraseFields';
import { PassphraseInput } from './PassphraseInput';
import './encryption.css';

/**
 * File › Encrypt… for a plain workspace; File › Change Passphrase… for an encrypted one, which
 * also offers to remove the passphrase (after a confirmation, since the file is then readable).
 */
export function EncryptionDialog({ workspace, onClose }: { workspace: WorkspaceInfo; onClose: () => void }) {
  return workspace.encrypted ? (
    <ChangePassphrase workspace={workspace} onClose={onClose} />
  ) : (
    <Encrypt workspace={workspace} onClose={onClose} />
  );
}

function Encrypt({ workspace, onClose }: { workspace: WorkspaceInfo; onClose: () => void }) {
  const action = useBusyAction();
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', confirm: '' });
  const problem = newPassphraseProblem(value);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    void action.run(async () => {
      await api.workspace.encrypt({ passphrase: value.passphrase });
      onClose();
    });
  }

  return (
    <Dialog title={`Encrypt “${workspace.name}”`} onClose={onClose} testId="encrypt-dialog">
      <form className="passphrase-form" onSubmit={submit} noValidate>
        {action.error && <Alert message={action.error} onDismiss={action.clearError} />}
        <p className="field-hint">
          The workspace is rewritten encrypted, checked, and put in place of the plain file, which is removed
          with its journal. Its backups are encrypted too. From then on it opens only with the passphrase.
        </p>
        <NewPassphraseFields value={value} onChange={setValue} disabled={action.busy} autoFocus />
        <div className="form-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={problem !== null || action.busy}>
            {action.busy ? 'Encrypting…' : 'Encrypt'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ChangePassphrase({ workspace, onClose }: { workspace: WorkspaceInfo; onClose: () => void }) {
  const ids = useId();
  const action = useBusyAction();
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', confirm: '' });
  const [removing, setRemoving] = useState(false);
  const problem =
    current === '' ? 'Type the current passphrase.' : removing ? null : newPassphraseProblem(value);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    void action.run(async () => {
      if (removing) await api.workspace.removePassphrase({ current });
      else await api.workspace.changePassphrase({ current, passphrase: value.passphrase });
      onClose();
    });
  }

  return (
    <Dialog title={`Passphrase of “${workspace.name}”`} onClose={onClose} testId="change-passphrase-dialog">
      <form className="passphrase-form" onSubmit={submit} noValidate>
        {action.error && <Alert message={action.error} onDismiss={action.clearError} />}
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-current`}>
            Current passphrase
          </label>
          <PassphraseInput
            id={`${ids}-current`}
            testId="current-passphrase-input"
            purpose="current-password"
            autoFocus
            value={current}
            onChange={setCurrent}
            disabled={action.busy}
          />
        </div>
        <label className="encrypt-option">
          <input
            type="checkbox"
            className="checkbox"
            data-testid="remove-passphrase"
            checked={removing}
            onChange={(event) => setRemoving(event.target.checked)}
          />
          Remove the passphrase: store this workspace unencrypted
        </label>
        {removing ? (
          <p className="passphrase-warning" role="note">
            Anyone who can read the file, or a copy of it, will be able to read everything in it.
          </p>
        ) : (
          <NewPassphraseFields
            label="New passphrase"
            value={value}
            onChange={setValue}
            disabled={action.busy}
          />
        )}
        <div className="form-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={removing ? 'button button-danger' : 'button button-primary'}
            disabled={problem !== null || action.busy}
          >
            {removing ? 'Remove passphrase' : 'Change passphrase'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
