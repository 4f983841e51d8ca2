/** Offered on accounts an import knew only by their id: says who the account is. */
export function NameAccountButton({ onName }: { onName: () => void }) {
  return (
    <button
      type="button"
      className="link-button name-account-button"
      data-testid="name-account"
      title="Say whose account this is"
      onClick={onName}
    >
      Name…
    </button>
  );
}
