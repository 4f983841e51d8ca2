import type { ImportSummaryDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { formatDay } from '../../components/format/date';
import { formatDuration } from '../../components/format/duration';
import { Icon, type IconName } from '../../components/Icon';
import { isDesktop } from '../../api';
import { fileTitle, ProblemDetails } from './ProblemDetails';
import { countSentence, skippedTotal, type ItemOutcome } from './importOutcome';

function SkippedDetails({ summary }: { summary: ImportSummaryDto }) {
  const total = skippedTotal(summary);
  if (total === 0) return null;
  return (
    <details className="import-details">
      <summary>
        Skipped {formatCount(total)} {total === 1 ? 'record' : 'records'}
      </summary>
      <ul className="import-reasons">
        {summary.skipped.map((group) => (
          <li key={group.reason}>
            {group.examples.length > 0 ? (
              <details>
                <summary>
                  <span className="import-reason">{group.reason}</span>
                  <span className="import-reason-count tabular">{formatCount(group.count)}</span>
                </summary>
                <ul className="import-examples selectable">
                  {group.examples.map((example) => (
                    <li key={example}>{example}</li>
                  ))}
                </ul>
              </details>
            ) : (
              <div className="import-reason-row">
                <span className="import-reason">{group.reason}</span>
                <span className="import-reason-count tabular">{formatCount(group.count)}</span>
              </div>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Warnings({ summary }: { summary: ImportSummaryDto }) {
  const count = summary.warnings.length;
  if (count === 0) return null;
  return (
    <details className="import-details">
      <summary>
        {formatCount(count)} {count === 1 ? 'warning' : 'warnings'}
      </summary>
      <ul className="import-warnings selectable">
        {summary.warnings.map((warning, index) => (
          <li key={index}>
            {warning.message}
            {warning.where && <span className="import-where"> — {warning.where}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Imported({ summary }: { summary: ImportSummaryDto }) {
  if (summary.alreadyImportedAt) {
    return (
      <p className="import-outcome-line">
        Nothing new: this file was already imported on {formatDay(summary.alreadyImportedAt)}.
      </p>
    );
  }
  if (summary.kept) {
    // Mail, calendar, LinkedIn activity: exactly what was kept, in place of the accounts counts.
    return (
      <>
        <p className="import-outcome-line" data-testid="import-kept">
          {summary.kept}
        </p>
        <p className="import-outcome-line import-outcome-quiet">
          Read in {formatDuration(summary.durationMs)}.
        </p>
        <SkippedDetails summary={summary} />
        <Warnings summary={summary} />
      </>
    );
  }
  return (
    <>
      <p className="import-outcome-line">
        <strong>Added</strong> {countSentence(summary.added, 'nothing new')}.
      </p>
      <p className="import-outcome-line import-outcome-quiet">
        Read {countSentence(summary.read)} in {formatDuration(summary.durationMs)}.
      </p>
      <SkippedDetails summary={summary} />
      <Warnings summary={summary} />
    </>
  );
}

const looks: Record<ItemOutcome['status'], { icon: IconName; className: string }> = {
  imported: { icon: 'check', className: 'is-imported' },
  failed: { icon: 'error', className: 'is-failed' },
  cancelled: { icon: 'close', className: 'is-cancelled' },
  notRun: { icon: 'close', className: 'is-cancelled' },
};

/** What one item's import did: counts added and read, what was skipped and why. */
export function OutcomeCard({ outcome }: { outcome: ItemOutcome }) {
  const look = looks[outcome.status];
  return (
    <li className={`import-outcome ${look.className}`}>
      <Icon name={look.icon} className="import-outcome-icon" />
      <div className="import-outcome-body">
        <div className="import-outcome-title">
          <span className="import-item-name" title={fileTitle(outcome.item.path, isDesktop)}>
            {outcome.item.displayName}
          </span>
        </div>
        <span className="import-item-label">{outcome.item.label}</span>
        {outcome.status === 'imported' && <Imported summary={outcome.summary} />}
        {outcome.status === 'failed' && (
          <>
            <p className="import-outcome-line selectable">{outcome.message}</p>
            <ProblemDetails detail={outcome.detail} />
          </>
        )}
        {outcome.status === 'cancelled' && (
          <p className="import-outcome-line">Cancelled and rolled back: nothing from this file was kept.</p>
        )}
        {outcome.status === 'notRun' && (
          <p className="import-outcome-line">Not imported: cancelled before it started.</p>
        )}
      </div>
    </li>
  );
}
