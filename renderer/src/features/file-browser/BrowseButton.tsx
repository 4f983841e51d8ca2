/** "Browse…" beside a path field in browser mode: opens the file browser. */
export function BrowseButton({
  disabled,
  onClick,
  testId,
}: {
  disabled: boolean;
  onClick: () => void;
  testId: string;
}) {
  return (
    <button type="button" className="button" disabled={disabled} onClick={onClick} data-testid={testId}>
      Browse…
    </button>
  );
}
