import './refresh-mark.css';

/**
 * The quiet sign that a view is reading newer figures while it keeps the old ones on screen:
 * a small pulsing dot, announced politely to screen readers. Renders nothing when idle.
 */
export function RefreshMark({ busy, className }: { busy: boolean; className?: string }) {
  if (!busy) return null;
  return (
    <span
      className={['refresh-mark', className].filter(Boolean).join(' ')}
      role="status"
      aria-label="Updating…"
      title="Updating…"
      data-testid="refresh-mark"
    />
  );
}
