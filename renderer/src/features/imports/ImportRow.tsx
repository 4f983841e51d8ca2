import type { ImportSourceDto } from '../../../../common/dto';
import { formatDay } from '../../components/format/date';
import { exactTime, relativeTime } from '../../components/format/relativeTime';
import { Icon } from '../../components/Icon';
import { countSentence } from '../import/importOutcome';

/** One past import: what it was, when, and what it brought. */
export function ImportRow({ source, onRemove }: { source: ImportSourceDto; onRemove: () => void }) {
  const added = source.summary ? countSentence(source.summary.added, 'nothing new') : null;
  return (
    <li className="import-row" data-testid="import-row">
      <span className="import-row-icon">
        <Icon name="file" />
      </span>
      <div className="import-row-main">
        <div className="import-row-title">
          <span className="import-row-name" title={source.path}>
            {source.fileName}
          </span>
          <span className="badge">{source.formatLabel}</span>
          {source.owner && <span className="badge badge-accent">{source.owner}</span>}
        </div>
        <div className="import-row-facts">
          <span title={exactTime(source.importedAt)}>Imported {relativeTime(source.importedAt)}</span>
          {source.capturedAt && (
            <span title={exactTime(source.capturedAt)}>Captured {formatDay(source.capturedAt)}</span>
          )}
        </div>
        {added && <div className="import-row-added">Added {added}</div>}
      </div>
      {/* Every row has one: its name says which import it removes, for screen readers and search. */}
      <button
        type="button"
        className="button button-small import-row-remove"
        aria-label={`Remove ${source.fileName}…`}
        onClick={onRemove}
      >
        Remove…
      </button>
    </li>
  );
}
