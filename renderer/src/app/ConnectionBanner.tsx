export function ConnectionBanner() {
  return (
    <div className="connection-banner" role="status" data-testid="connection-banner">
      <span className="spinner" aria-hidden="true" />
      Lost connection to Inside Track — reconnecting…
    </div>
  );
}
