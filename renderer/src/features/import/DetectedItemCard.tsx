import type { DetectedImport } from '../../../../common/dto';
import { formatBytes } from '../../components/format/bytes';
import { formatDay } from '../../components/format/date';
import { exactTime } from '../../components/format/relativeTime';
import { Icon, type IconName } from '../../components/Icon';
import { canImport, itemProblemText, type ImportChoice } from './importChoices';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { ItemQuestions } from './ItemQuestions';
import { MailQuestions } from './MailQuestions';
import { fileTitle, ProblemDetails } from './ProblemDetails';
import { isDesktop } from '../../api';

const containers: Record<DetectedImport['container'], { icon: IconName; label: string }> = {
  file: { icon: 'file', label: 'File' },
  folder: { icon: 'folder', label: 'Folder' },
  zip: { icon: 'archive', label: 'ZIP archive' },
  tar: { icon: 'archive', label: '.tar.gz archive' },
};

/** One dropped or chosen item in the Import dialog: what it is, and whether to import it. */
export function DetectedItemCard({
  item,
  choice,
  onChange,
}: {
  item: DetectedImport;
  choice: ImportChoice;
  onChange: (change: Partial<ImportChoice>) => void;
}) {
  const importable = canImport(item);
  const container = containers[item.container];
  return (
    <li
      className={importable ? 'import-item' : 'import-item import-item-unrecognised'}
      data-testid="import-item"
      data-selected={choice.selected}
    >
      <label className="import-item-head">
        <input
          type="checkbox"
          className="checkbox"
          checked={choice.selected}
          disabled={!importable}
          aria-label={`Import ${item.displayName}`}
          onChange={(event) => onChange({ selected: event.target.checked })}
        />
        <Icon name={container.icon} className="import-item-icon" />
        <span className="import-item-name" title={fileTitle(item.path, isDesktop)}>
          {item.displayName}
        </span>
        <span className="import-item-size tabular">
          {item.sizeBytes > 0 ? `${formatBytes(item.sizeBytes)} · ` : ''}
          {container.label}
        </span>
      </label>
      {importable ? (
        <div className="import-item-body">
          <div className="import-item-format">
            <span className="import-item-label">{item.label}</span>
            {item.owner && (
              <span className="badge badge-accent">
                {item.unnamedOwner ? `id ${item.owner}` : item.owner}
              </span>
            )}
          </div>
          {item.summary && <p className="import-item-summary">{item.summary}</p>}
          {item.alreadyImportedAt && (
            <p className="import-item-note" title={exactTime(item.alreadyImportedAt)}>
              <Icon name="warning" size={14} />
              Already imported on {formatDay(item.alreadyImportedAt)}: importing it again adds nothing.
            </p>
          )}
          {item.columnMapping && choice.mapping && (
            <ColumnMappingEditor
              detected={item.columnMapping}
              mapping={choice.mapping}
              disabled={!choice.selected}
              onChange={(mapping) => onChange({ mapping })}
            />
          )}
          <ItemQuestions item={item} choice={choice} onChange={onChange} />
          {item.mail && choice.mail && (
            <MailQuestions
              review={item.mail}
              draft={choice.mail}
              disabled={!choice.selected}
              isCalendar={item.format === 'ics'}
              onChange={(mail) => onChange({ mail })}
            />
          )}
        </div>
      ) : (
        <div className="import-item-problem">
          <p className="import-item-error">
            <Icon name="error" size={14} />
            <span>{itemProblemText(item)}</span>
          </p>
          <ProblemDetails detail={item.errorDetail} />
        </div>
      )}
    </li>
  );
}
