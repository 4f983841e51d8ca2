import { NewPassphraseFields, type NewPassphrase } from './NewPassphraseFields';
import './encryption.css';

export { newPassphraseProblem, type NewPassphrase } from './NewPassphraseFields';

/** "Encrypt with a passphrase" on the New workspace form: ticked, the passphrase fields follow. */
export function EncryptOption({
  encrypt,
  onEncrypt,
  value,
  onChange,
  disabled,
}: {
  encrypt: boolean;
  onEncrypt: (encrypt: boolean) => void;
  value: NewPassphrase;
  onChange: (next: NewPassphrase) => void;
  disabled: boolean;
}) {
  return (
    <>
      <label className="encrypt-option">
        <input
          type="checkbox"
          className="checkbox"
          data-testid="encrypt-new-workspace"
          checked={encrypt}
          onChange={(event) => onEncrypt(event.target.checked)}
          disabled={disabled}
        />
        Encrypt with a passphrase
      </label>
      {encrypt && <NewPassphraseFields value={value} onChange={onChange} disabled={disabled} />}
    </>
  );
}
