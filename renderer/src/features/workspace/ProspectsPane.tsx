import type { CSSProperties } from 'react';
import type { ProspectSummary } from '../../../../common/dto';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { accountCitation, CITE_MIME } from '../notes/citation';
import { networkName, prospectInitials, prospectTitle } from './prospectNames';

export function ProspectsPane({
  prospects,
  selectedAccountId,
  onSelect,
  onBrowseAccounts,
  style,
}: {
  prospects: ProspectSummary[] | null;
  /** The account open in the main area, if it is one of the prospects. */
  selectedAccountId: number | null;
  onSelect: (accountId: number) => void;
  onBrowseAccounts: () => void;
  style?: CSSProperties;
}) {
  return (
    <aside className="pane sidebar" data-testid="sidebar" aria-labelledby="sidebar-title" style={style}>
      <div className="pane-header">
        <h2 className="pane-title" id="sidebar-title">
          Prospects
        </h2>
        {prospects !== null && prospects.length > 0 && (
          <span className="badge tabular">{formatCount(prospects.length)}</span>
        )}
      </div>
      <div className="pane-body">
        {prospects === null ? null : prospects.length === 0 ? (
          <EmptyState icon="prospects" title="No prospects yet" testId="prospects-empty" compact>
            <p>Prospects are the accounts you want to reach.</p>
            <p>
              You mark them among the accounts in your imported data: X/Twitter archives and API exports,
              Bluesky and Mastodon exports, and your contact lists.
            </p>
            <p>
              <button type="button" className="link-button" onClick={onBrowseAccounts}>
                Pick from everyone you imported
              </button>
            </p>
          </EmptyState>
        ) : (
          <ul className="prospect-list" aria-label="Prospects">
            {prospects.map((prospect) => (
              <li key={prospect.id}>
                <button
                  type="button"
                  className="prospect-item"
                  aria-current={prospect.accountId === selectedAccountId ? 'true' : undefined}
                  title={
                    prospect.handle
                      ? `Open ${prospectTitle(prospect)} (@${prospect.handle})`
                      : `Open ${prospectTitle(prospect)}`
                  }
                  draggable
                  onDragStart={(event) => {
                    // Dragged into the notes, a prospect becomes a link to their profile.
                    const citation = accountCitation(prospect);
                    event.dataTransfer.setData(CITE_MIME, citation);
                    event.dataTransfer.setData('text/plain', citation);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => onSelect(prospect.accountId)}
                >
                  <span className="prospect-avatar" aria-hidden="true">
                    {prospectInitials(prospect)}
                  </span>
                  <span className="prospect-text">
                    <span className="prospect-name">{prospectTitle(prospect)}</span>
                    <span className="prospect-handle">
                      {prospect.handle ? `@${prospect.handle} · ` : ''}
                      {networkName(prospect.network)}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
