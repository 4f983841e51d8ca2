import { useId, useState, type FormEvent } from 'react';
import { isDesktop } from '../../api';
import { describeError } from '../../components/describeError';
import { Dialog } from '../../components/Dialog';
import { usePassphraseRequest, type PassphraseRequest } from './passphrasePrompt';
import { PassphraseInput } from './PassphraseInput';
import './encryption.css';

/** The passphrase dialog of an encrypted workspace being opened; mounted once in the app. */
export function PassphrasePromptHost() {
  const request = usePassphraseRequest();
  // A new request (another file) starts with an empty field and no message.
  return request ? <PassphraseDialog key={request.path} request={request} /> : null;
}

function PassphraseDialog({ request }: { request: PassphraseRequest }) {
  const ids = useId();
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase === '' || busy) return;
    setBusy(true);
    setProblem(null);
    request
      .open(passphrase, remember)
      .then(() => request.done(true))
      .catch((error: unknown) => {
        setProblem(describeError(error));
        setPassphrase('');
        setBusy(false);
      });
  }

  return (
    <Dialog title={`Open “${request.name}”`} onClose={() => request.done(false)} testId="passphrase-dialog">
      <form className="passphrase-form" onSubmit={submit} noValidate>
        <p className="field-hint">This workspace is encrypted. Enter its passphrase to open it.</p>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-passphrase`}>
            Passphrase
          </label>
          <PassphraseInput
            id={`${ids}-passphrase`}
            testId="passphrase-input"
            purpose="current-password"
            autoFocus
            value={passphrase}
            onChange={setPassphrase}
            invalid={problem !== null}
            describedBy={problem ? `${ids}-problem` : undefined}
            disabled={busy}
          />
          {problem && (
            <p className="field-problem" id={`${ids}-problem`} role="alert" data-testid="passphrase-problem">
              {problem}
            </p>
          )}
        </div>
        {isDesktop && (
          <label className="passphrase-remember">
            <input
              type="checkbox"
              className="checkbox"
              data-testid="passphrase-remember"
              checked={remember}
              onChange={(event) => setRemember(event.target.checked)}
            />
            Remember on this computer (in the system keychain)
          </label>
        )}
        <div className="form-footer">
          <button type="button" className="button" onClick={() => request.done(false)}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={passphrase === '' || busy}>
            {busy ? 'Opening…' : 'Open'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
