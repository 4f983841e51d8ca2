import type { DetectedImport, Progress } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { ProgressBar } from '../../components/ProgressBar';
import {
  formatRate,
  progressPercent,
  progressUnit,
  rateOf,
  timeLeftText,
  type ProgressSample,
} from './importProgress';

/** The running import: which file, how far, how fast. Cancel lives in the dialog's footer. */
export function RunStep({
  item,
  index,
  count,
  progress,
  samples,
  cancelling,
}: {
  item: DetectedImport;
  index: number;
  count: number;
  progress: Progress | null;
  samples: readonly ProgressSample[];
  cancelling: boolean;
}) {
  const percent = progress ? progressPercent(progress.done, progress.total) : null;
  const rate = progress ? rateOf(samples) : null;
  const facts = [
    cancelling ? 'Cancelling…' : (progress?.phase ?? 'Starting…'),
    rate !== null && progress && !cancelling ? formatRate(rate, progressUnit(progress)) : null,
    progress && !cancelling ? timeLeftText(progress.done, progress.total, rate) : null,
  ].filter((fact): fact is string => fact !== null);

  return (
    <div className="import-run" data-testid="import-progress">
      <div className="import-run-head">
        <span className="import-run-title">
          Importing{' '}
          <span className="import-run-file" title={item.path}>
            {item.displayName}
          </span>
        </span>
        {count > 1 && (
          <span className="import-run-count tabular">
            {formatCount(index + 1)} of {formatCount(count)}
          </span>
        )}
      </div>
      <ProgressBar percent={percent} label={`Importing ${item.displayName}`} valueText={facts.join(', ')} />
      <div className="import-run-facts tabular">
        <span>{facts.join(' · ')}</span>
        {percent !== null && <span>{Math.floor(percent)}%</span>}
      </div>
    </div>
  );
}
