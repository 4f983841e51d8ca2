import type { AccountBrief } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { ShowAllButton, useFirstFew } from '../../components/FirstFew';
import { RefreshMark } from '../../components/RefreshMark';
import { formatCount } from '../../components/format/count';
import { accountLabel } from '../focus/focusText';
import { useAccountBrief } from '../focus/useAccountBrief';
import { citeAccount, setCiteData } from '../search/cite';
import { changeHeadings, changeSummary, listsWithoutChanges } from './changesText';
import '../focus/dossier.css';
import './audience.css';
import './changes.css';

const shownAtFirst = 12;

function AccountList({
  title,
  accounts,
  total,
  onOpenAccount,
}: {
  title: string;
  /** The widest-reaching ones, as many as the server lists. */
  accounts: AccountBrief[];
  total: number;
  onOpenAccount: (accountId: number) => void;
}) {
  const { shown, more } = useFirstFew(accounts, shownAtFirst);
  return (
    <div className="changes-column">
      <h4 className="changes-column-title">
        {title}
        <span className="badge tabular">{formatCount(total)}</span>
      </h4>
      {accounts.length === 0 ? (
        <p className="changes-none">No one.</p>
      ) : (
        <ul className="changes-accounts">
          {shown.map((account) => (
            <li key={account.id}>
              <button
                type="button"
                className="changes-account"
                data-testid="changes-account"
                title={`Open ${account.handle ? `@${account.handle}` : (account.name ?? 'the account')}`}
                draggable
                onDragStart={(event) => setCiteData(event.dataTransfer, citeAccount(account))}
                onClick={() => onOpenAccount(account.id)}
              >
                <span className="changes-account-name">
                  {account.name?.trim() || (account.handle ? `@${account.handle}` : `Account ${account.id}`)}
                </span>
                {account.handle && account.name?.trim() && (
                  <span className="changes-account-handle">@{account.handle}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowAllButton more={more} className="segment-more" />
    </div>
  );
}

/** Who was newly followed or unfollowed between the two latest imports of the same list. */
export function ChangesSection({
  accountId,
  onOpenAccount,
}: {
  accountId: number;
  onOpenAccount(accountId: number): void;
}) {
  const prospect = useAccountBrief(accountId);
  const who = accountLabel(prospect);
  const {
    data: current,
    error,
    refreshing,
  } = useApiQuery('audience.changes', { accountId }, { dependsOn: ['records'] });
  const missing = current ? listsWithoutChanges(current) : [];

  return (
    <section
      className="dossier-section changes-section"
      data-testid="changes-section"
      aria-labelledby={`changes-${accountId}`}
    >
      <header className="dossier-header">
        <div>
          <h2 className="dossier-heading" id={`changes-${accountId}`}>
            Changes over time
            <RefreshMark busy={refreshing} />
          </h2>
          <p className="dossier-lede">Who {who} started or stopped following, and who followed them</p>
        </div>
      </header>
      {error && <Alert message={error} />}
      {!current && !error && (
        <p className="dossier-loading" aria-busy="true">
          <span className="spinner" /> Comparing imports…
        </p>
      )}
      {current?.map((change) => {
        const headings = changeHeadings(change.list);
        return (
          <div
            className="dossier-block changes-block"
            key={change.list}
            data-testid={`changes-${change.list}`}
          >
            <h3 className="dossier-subheading">
              {change.list === 'following' ? 'Following' : 'Followers'}
              <span
                className="dossier-subheading-hint"
                title={`${change.from.fileName} → ${change.to.fileName}`}
              >
                {change.from.fileName} → {change.to.fileName}
              </span>
            </h3>
            <p className="changes-summary">{changeSummary(change)}</p>
            <div className="changes-columns">
              <AccountList
                title={headings.added}
                accounts={change.added}
                total={change.addedCount}
                onOpenAccount={onOpenAccount}
              />
              <AccountList
                title={headings.removed}
                accounts={change.removed}
                total={change.removedCount}
                onOpenAccount={onOpenAccount}
              />
            </div>
          </div>
        );
      })}
      {missing.length > 0 && (
        <p className="changes-missing" data-testid="changes-missing">
          {missing.length === 2
            ? `Changes need two imports of the same list. Import ${who}’s following or followers list again later (a newer API export or archive) to see who they started or stopped following.`
            : missing[0] === 'followers'
              ? `Followers: changes show once two imports of ${who}’s followers list exist. Import it again later to compare.`
              : `Following: changes show once two imports of the accounts ${who} follows exist. Import that list again later to compare.`}
        </p>
      )}
    </section>
  );
}
