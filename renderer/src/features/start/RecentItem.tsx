import type { RecentWorkspace } from '../../../../common/dto';
import { formatBytes } from '../../components/format/bytes';
import { exactTime, relativeTime } from '../../components/format/relativeTime';
import { Icon } from '../../components/Icon';
import { PathText } from '../../components/PathText';
import '../encryption/encryption.css';

const missingExplanation = 'Inside Track cannot find this file. It may have been moved, renamed or deleted.';

export function RecentItem({
  entry,
  busy,
  opening,
  onOpen,
  onForget,
}: {
  entry: RecentWorkspace;
  busy: boolean;
  opening: boolean;
  onOpen: () => void;
  onForget: () => void;
}) {
  const content = (
    <>
      <span className="recent-icon">
        {opening ? <span className="spinner" /> : <Icon name={entry.exists ? 'file' : 'warning'} />}
      </span>
      <span className="recent-main">
        <span className="recent-name" title={entry.name}>
          {entry.name}
        </span>
        <PathText path={entry.path} className="recent-path" />
      </span>
      <span className="recent-meta">
        <span className="recent-when" title={exactTime(entry.lastOpenedAt)}>
          {relativeTime(entry.lastOpenedAt)}
        </span>
        {entry.encrypted && (
          <span
            className="badge recent-encrypted"
            title="Opens with its passphrase"
            data-testid="recent-encrypted"
          >
            <Icon name="lock" size={12} />
            Encrypted
          </span>
        )}
        {entry.exists ? (
          <span className="recent-size tabular">
            {entry.sizeBytes === null ? '—' : formatBytes(entry.sizeBytes)}
          </span>
        ) : (
          <span className="badge badge-warning" title={missingExplanation}>
            Missing
          </span>
        )}
      </span>
    </>
  );

  return (
    <li
      className={entry.exists ? 'recent-item' : 'recent-item recent-item-missing'}
      data-testid="recent-item"
    >
      {entry.exists ? (
        <button type="button" className="recent-open" disabled={busy} onClick={onOpen} aria-busy={opening}>
          {content}
        </button>
      ) : (
        <div className="recent-open" aria-disabled="true" title={missingExplanation}>
          {content}
        </div>
      )}
      <button
        type="button"
        className="icon-button recent-remove"
        aria-label={`Remove ${entry.name} from recent`}
        title="Remove from list"
        disabled={busy}
        onClick={onForget}
      >
        <Icon name="close" size={12} />
      </button>
    </li>
  );
}
