import type { AccountRow, AccountSort } from '../../../../common/dto';
import { accountSubtitle } from '../../components/account-table/accountNames';
import { whoColumn } from '../../components/account-table/AccountWho';
import { quietTextColumn, type AccountColumn } from '../../components/account-table/columns';
import { formatCount } from '../../components/format/count';
import { networkName, prospectInitials } from '../workspace/prospectNames';
import { accountCoverage, contactText } from './accountText';
import { NameAccountButton } from './NameAccountButton';
import { ProspectToggle } from './ProspectToggle';

type Column = AccountColumn<AccountRow, AccountSort>;

const who = whoColumn<AccountRow, AccountSort>({
  label: 'Account',
  orders: [{ sort: 'name', label: 'Account' }],
  initials: prospectInitials,
  subtitle: accountSubtitle,
  badge: (account) => (
    <span className={`network-badge network-${account.network}`}>{networkName(account.network)}</span>
  ),
});

/** The profile's count, and under it how much of each list the workspace holds. */
const followers: Column = {
  key: 'followers',
  label: 'Followers',
  align: 'end',
  orders: [{ sort: 'followers', label: 'Followers' }],
  cell: (account) => (
    <>
      <span className="account-followers-count tabular">
        {account.followersCount === null ? '—' : formatCount(account.followersCount)}
      </span>
      {accountCoverage(account).map((line) => (
        <span key={line.full} className="account-coverage tabular">
          <span className="coverage-full">{line.full}</span>
          <span className="coverage-short">{line.short}</span>
        </span>
      ))}
    </>
  ),
  cellTitle: (account) =>
    accountCoverage(account)
      .map((line) => line.full)
      .join('\n') || undefined,
};

/** The Accounts view's columns; the last one marks an account as a prospect. */
export function accountColumns(
  pendingIds: ReadonlySet<number>,
  onToggleProspect: (account: AccountRow) => void,
  onName: (account: AccountRow) => void,
): Column[] {
  return [
    who,
    quietTextColumn('bio', 'Bio', (account) => account.bio),
    quietTextColumn('location', 'Location', (account) => account.location),
    followers,
    {
      ...quietTextColumn('contact', 'Contact', contactText),
      headerTitle: 'Your own contact behind the account',
    },
    {
      key: 'action',
      label: 'Prospect',
      hideLabel: true,
      cell: (account) => (
        <span className="account-actions">
          {account.handle === null && <NameAccountButton onName={() => onName(account)} />}
          <ProspectToggle
            isProspect={account.isProspect}
            pending={pendingIds.has(account.id)}
            onToggle={() => onToggleProspect(account)}
          />
        </span>
      ),
    },
  ];
}
