import type { CSSProperties } from 'react';
import type { AccountRow } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { networkName, prospectInitials } from '../workspace/prospectNames';
import { accountCoverage, accountSubtitle, accountTitle, contactText } from './accountText';
import { ProspectToggle } from './ProspectToggle';

/** One account in the list. Positioned by the virtual list; rows off screen do not exist. */
export function AccountRowView({
  account,
  rowIndex,
  style,
  pending,
  onToggleProspect,
}: {
  account: AccountRow;
  rowIndex: number;
  style: CSSProperties;
  pending: boolean;
  onToggleProspect: (account: AccountRow) => void;
}) {
  const coverage = accountCoverage(account);
  const contact = contactText(account);
  const title = accountTitle(account);
  return (
    <div
      className="accounts-grid account-row"
      role="row"
      aria-rowindex={rowIndex}
      data-testid="account-row"
      style={style}
    >
      <div className="account-cell account-who" role="cell">
        <span className="prospect-avatar" aria-hidden="true">
          {prospectInitials(account)}
        </span>
        <span className="account-who-text">
          <span className="account-name-line">
            {title ? (
              <span className="account-name" title={title}>
                {title}
              </span>
            ) : (
              <span className="account-name is-unknown">Unknown account</span>
            )}
            <span className={`network-badge network-${account.network}`}>{networkName(account.network)}</span>
          </span>
          <span className="account-handle">
            {accountSubtitle(account)}
            {account.bio && <span className="account-inline-bio"> · {account.bio}</span>}
          </span>
        </span>
      </div>
      <div className="account-cell account-bio" role="cell" title={account.bio ?? undefined}>
        {account.bio}
      </div>
      <div className="account-cell account-location" role="cell" title={account.location ?? undefined}>
        {account.location}
      </div>
      <div
        className="account-cell account-followers"
        role="cell"
        title={coverage.map((line) => line.full).join('\n') || undefined}
      >
        <span className="account-followers-count tabular">
          {account.followersCount === null ? '—' : formatCount(account.followersCount)}
        </span>
        {coverage.map((line) => (
          <span key={line.full} className="account-coverage tabular">
            <span className="coverage-full">{line.full}</span>
            <span className="coverage-short">{line.short}</span>
          </span>
        ))}
      </div>
      <div className="account-cell account-contact" role="cell" title={contact ?? undefined}>
        {contact}
      </div>
      <div className="account-cell account-action" role="cell">
        <ProspectToggle
          isProspect={account.isProspect}
          pending={pending}
          onToggle={() => onToggleProspect(account)}
        />
      </div>
    </div>
  );
}

/** Stands in for a row whose page is still on its way. */
export function LoadingRow({ rowIndex, style }: { rowIndex: number; style: CSSProperties }) {
  return (
    <div
      className="accounts-grid account-row is-loading"
      role="row"
      aria-rowindex={rowIndex}
      aria-busy="true"
      style={style}
    >
      <div className="account-cell account-who" role="cell">
        <span className="prospect-avatar" aria-hidden="true" />
        <span className="skeleton" style={{ width: '60%' }} />
      </div>
    </div>
  );
}
