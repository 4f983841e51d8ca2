import type { AccountBrief, AccountRow } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { coverageOf } from '../accounts/accountText';
import { networkName, prospectInitials } from '../workspace/prospectNames';
import { EraseButton } from '../erase/EraseButton';
import { BriefButton } from './BriefButton';

/** "35% imported" under the count; the full sentence as its tooltip. */
function coverageLine(imported: number, count: number | null, list: 'followers' | 'following') {
  const coverage = coverageOf(imported, count, list);
  if (coverage) return { short: coverage.short.replace(` of ${list}`, ''), full: coverage.full };
  if (imported > 0)
    return { short: `${formatCount(imported)} imported`, full: `${formatCount(imported)} ${list} imported` };
  return { short: 'none imported', full: `None of the ${list} are imported` };
}

function CountFact({
  value,
  label,
  coverage,
}: {
  value: number | null;
  label: string;
  coverage: { short: string; full: string } | null;
}) {
  return (
    <span className="prospect-fact" title={coverage?.full}>
      <span className="prospect-fact-value tabular">{value === null ? '—' : formatCount(value)}</span> {label}
      {coverage && <span className="prospect-fact-coverage tabular"> · {coverage.short}</span>}
    </span>
  );
}

/** Who the prospect is: name, handle, bio, reach and how much of their network is imported. */
export function ProspectHeader({
  prospect,
  account,
  isProspect,
  pending,
  onToggleProspect,
  onErased,
}: {
  prospect: AccountBrief;
  account: AccountRow | null;
  isProspect: boolean;
  pending: boolean;
  onToggleProspect: () => void;
  onErased?: (() => void) | undefined;
}) {
  const name =
    account?.name?.trim() ||
    prospect.name?.trim() ||
    (prospect.handle ? `@${prospect.handle}` : `Account #${prospect.id}`);
  const handle = account?.handle ?? prospect.handle;
  const showHandle = handle !== null && name !== `@${handle}`;
  const followers = account
    ? coverageLine(account.importedFollowers, account.followersCount, 'followers')
    : null;
  const following = account
    ? coverageLine(account.importedFollowing, account.followingCount, 'following')
    : null;

  return (
    <header className="prospect-header" data-testid="prospect-header">
      <span className="prospect-avatar prospect-header-avatar" aria-hidden="true">
        {prospectInitials({ name: account?.name ?? prospect.name, handle })}
      </span>
      <div className="prospect-title-line">
        <h2 className="prospect-title" id="prospect-title" title={name}>
          {name}
        </h2>
        <span className={`prospect-network prospect-network-${prospect.network}`}>
          {networkName(prospect.network)}
        </span>
        {account?.personName && (
          <span className="badge badge-success" title="One of your people">
            {account.personName}
          </span>
        )}
      </div>
      <div className="prospect-actions">
        <button
          type="button"
          className={isProspect ? 'button button-small' : 'button button-small button-primary'}
          disabled={pending}
          aria-busy={pending || undefined}
          onClick={onToggleProspect}
        >
          {isProspect ? 'Remove from prospects' : 'Mark as prospect'}
        </button>
        <BriefButton accountId={prospect.id} name={name} />
        <EraseButton who={{ accountId: prospect.id }} onErased={onErased} />
      </div>
      <div className="prospect-subtitle">
        {showHandle && <span className="prospect-handle-text selectable">@{handle}</span>}
        {account?.location && (
          <span className="prospect-location" title={account.location}>
            {account.location}
          </span>
        )}
        <CountFact value={account?.followersCount ?? null} label="followers" coverage={followers} />
        <CountFact value={account?.followingCount ?? null} label="following" coverage={following} />
      </div>
      {account?.bio && (
        <p className="prospect-bio selectable" title={account.bio}>
          {account.bio}
        </p>
      )}
    </header>
  );
}
