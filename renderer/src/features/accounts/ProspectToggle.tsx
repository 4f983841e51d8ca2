/** Marks an account as one the user wants to reach; pressed once it is. */
export function ProspectToggle({
  isProspect,
  pending,
  onToggle,
}: {
  isProspect: boolean;
  pending: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className={isProspect ? 'prospect-toggle is-prospect' : 'prospect-toggle'}
      aria-pressed={isProspect}
      aria-busy={pending || undefined}
      disabled={pending}
      data-testid="prospect-toggle"
      title={isProspect ? 'Remove from prospects' : 'Add to the prospects in the sidebar'}
      onClick={onToggle}
    >
      {isProspect ? 'Prospect ✓' : 'Mark as prospect'}
    </button>
  );
}
