import { useId } from 'react';
import { PassphraseInput } from './PassphraseInput';
import { NO_RECOVERY, passphraseStrength, strengthHint } from './passphraseStrength';

export interface NewPassphrase {
  passphrase: string;
  confirm: string;
}

/** Why the new passphrase cannot be used yet, or null when it can. */
export function newPassphraseProblem({ passphrase, confirm }: NewPassphrase): string | null {
  if (passphrase === '') return 'Type a passphrase.';
  if (confirm !== passphrase)
    return confirm === '' ? 'Type it again to confirm.' : 'The two passphrases differ.';
  return null;
}

/** A new passphrase typed twice, with a strength hint and the warning that it cannot be recovered. */
export function NewPassphraseFields({
  value,
  onChange,
  disabled,
  label = 'Passphrase',
  autoFocus = false,
}: {
  value: NewPassphrase;
  onChange: (next: NewPassphrase) => void;
  disabled: boolean;
  label?: string;
  autoFocus?: boolean;
}) {
  const ids = useId();
  const strength = passphraseStrength(value.passphrase);
  const mismatch = value.confirm !== '' && value.confirm !== value.passphrase;
  return (
    <div className="passphrase-fields" data-testid="new-passphrase">
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-new`}>
          {label}
        </label>
        <PassphraseInput
          id={`${ids}-new`}
          testId="new-passphrase-input"
          purpose="new-password"
          value={value.passphrase}
          onChange={(passphrase) => onChange({ ...value, passphrase })}
          describedBy={`${ids}-strength`}
          autoFocus={autoFocus}
          disabled={disabled}
        />
        <p className={`field-hint passphrase-strength strength-${strength}`} id={`${ids}-strength`}>
          {strengthHint[strength]}
        </p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-confirm`}>
          Confirm passphrase
        </label>
        <PassphraseInput
          id={`${ids}-confirm`}
          testId="confirm-passphrase-input"
          purpose="new-password"
          value={value.confirm}
          onChange={(confirm) => onChange({ ...value, confirm })}
          invalid={mismatch}
          describedBy={mismatch ? `${ids}-mismatch` : undefined}
          disabled={disabled}
        />
        {mismatch && (
          <p className="field-problem" id={`${ids}-mismatch`}>
            The two passphrases differ.
          </p>
        )}
      </div>
      <p className="passphrase-warning" role="note">
        {NO_RECOVERY}
      </p>
    </div>
  );
}
