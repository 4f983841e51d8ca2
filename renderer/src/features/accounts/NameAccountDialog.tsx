import { useState, type FormEvent } from 'react';
import type { AccountRow } from '../../../../common/dto';
import { unknownAccountName } from '../../../../common/unknown-account';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { useBusyAction } from '../../components/useBusyAction';

/**
 * Says who an account an import knew only by its id is. The core gives it the handle, and an
 * account known only by that handle becomes the same account.
 */
export function NameAccountDialog({
  account,
  onClose,
}: {
  account: AccountRow;
  onClose: (named: AccountRow | null) => void;
}) {
  const [handle, setHandle] = useState('');
  const action = useBusyAction();
  const label = unknownAccountName(account.network, account.externalId);

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(async () => onClose(await api.accounts.name({ accountId: account.id, handle })));
  }

  return (
    <Dialog title="Name this account" onClose={() => onClose(null)} testId="name-account-dialog">
      <form className="name-account-form" onSubmit={submit}>
        <p className="name-account-text">
          An import knew this account only by its id: <strong>{label}</strong>. Whose account is it?
        </p>
        {action.error && <Alert message={action.error} onDismiss={action.clearError} />}
        <label className="field">
          <span className="field-label">Handle</span>
          <input
            className="text-input"
            placeholder="@handle"
            value={handle}
            spellCheck={false}
            autoComplete="off"
            data-autofocus
            onChange={(event) => setHandle(event.target.value)}
          />
          <span className="field-hint">
            If the workspace has an account known only by this handle, the two become one account.
          </span>
        </label>
        <div className="name-account-buttons">
          <button type="button" className="button" onClick={() => onClose(null)}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={action.busy || handle.trim() === ''}
          >
            Name it
          </button>
        </div>
      </form>
    </Dialog>
  );
}
