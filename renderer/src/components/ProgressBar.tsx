/**
 * A progress bar: determinate for a known percentage, a moving stripe when the total is unknown.
 * `label` names what is progressing for screen readers; `valueText` says how far, in words.
 */
export function ProgressBar({
  percent,
  label,
  valueText,
  testId,
}: {
  percent: number | null;
  label: string;
  valueText?: string;
  testId?: string;
}) {
  const known = percent !== null;
  return (
    <div
      className={known ? 'progress-bar' : 'progress-bar progress-bar-indeterminate'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? 100 : undefined}
      aria-valuenow={known ? Math.round(percent) : undefined}
      aria-valuetext={valueText}
      data-testid={testId}
    >
      <div className="progress-bar-fill" style={known ? { width: `${percent}%` } : undefined} />
    </div>
  );
}
