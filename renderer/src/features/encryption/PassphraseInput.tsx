/** A masked passphrase field: never spell-checked or autocompleted from other sites' passwords. */
export function PassphraseInput({
  id,
  testId,
  value,
  onChange,
  purpose,
  disabled,
  autoFocus = false,
  invalid = false,
  describedBy,
}: {
  id: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  /** Which the browser's password manager may offer: the current one, or a new one to save. */
  purpose: 'current-password' | 'new-password';
  disabled: boolean;
  autoFocus?: boolean;
  invalid?: boolean;
  describedBy?: string;
}) {
  return (
    <input
      id={id}
      type="password"
      className="text-input"
      data-testid={testId}
      autoComplete={purpose}
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      autoFocus={autoFocus}
      readOnly={disabled}
    />
  );
}
