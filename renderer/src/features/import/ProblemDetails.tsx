/** The library's own words behind a problem, folded away: the message above is for the user. */
export function ProblemDetails({ detail }: { detail: string | undefined }) {
  if (!detail) return null;
  return (
    <details className="import-details import-problem-details" data-testid="import-problem-details">
      <summary>Details</summary>
      <p className="selectable">{detail}</p>
    </details>
  );
}

/** Where a file is on the user's disk, for a tooltip: only the desktop app knows; in browser mode it is an upload copy. */
export function fileTitle(path: string, isDesktop: boolean): string | undefined {
  return isDesktop ? path : undefined;
}
