import { useId } from 'react';
import type { AccountRow, DetectedImport } from '../../../../common/dto';
import { isKnownOnlyByHandle } from '../../../../common/unknown-account';
import { useApiQuery } from '../../api/useApiQuery';
import { accountTitle } from '../../components/account-table/accountNames';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { ownerQuestion, type ImportChoice } from './importChoices';

const MATCHES = 5;

/**
 * Whose list a file is, when it names its owner only by an id the workspace has no name for:
 * the user picks one of their accounts or types a handle, or leaves it and the owner stays
 * "X account id 12345 (name unknown)" until named in Accounts.
 */
export function OwnerQuestion({
  item,
  choice,
  onChange,
}: {
  item: DetectedImport & { unnamedOwner: NonNullable<DetectedImport['unnamedOwner']> };
  choice: ImportChoice;
  onChange: (change: Partial<ImportChoice>) => void;
}) {
  const id = useId();
  const typed = choice.listOwner.trim();
  const query = useDebouncedValue(typed.replace(/^@/, ''), 200);
  const found = useApiQuery(
    'accounts.list',
    { query, sort: 'followers', descending: true, offset: 0, limit: MATCHES + 1 },
    { dependsOn: ['records'], enabled: query !== '' && choice.selected },
  ).data;
  // Only an account with a handle can be named as the owner; the one already chosen needs no offer.
  // Two network ids are two accounts: one with its own id cannot be this list's owner.
  const another = (account: AccountRow) =>
    !isKnownOnlyByHandle(account.externalId) && account.externalId !== item.unnamedOwner.id;
  const matches = (query === '' ? [] : (found?.rows ?? []))
    .filter((account) => account.handle && `@${account.handle}`.toLowerCase() !== typed.toLowerCase())
    .sort((a, b) => Number(another(a)) - Number(another(b)))
    .slice(0, MATCHES);
  const chosen = typed !== '' && matches.length === 0;

  return (
    <div className="field import-question import-owner-question" data-testid="owner-question">
      <label className="field-label" htmlFor={`${id}-owner`}>
        {ownerQuestion(item)}
      </label>
      <input
        id={`${id}-owner`}
        className="text-input"
        placeholder="Search your accounts, or type @handle"
        value={choice.listOwner}
        disabled={!choice.selected}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-owner-hint`}
        onChange={(event) => onChange({ listOwner: event.target.value })}
      />
      {matches.length > 0 && (
        <ul className="import-owner-matches" aria-label="Your accounts that match">
          {matches.map((account) => {
            const other = another(account);
            return (
              <li key={account.id}>
                <button
                  type="button"
                  className="import-owner-match"
                  disabled={other}
                  onClick={() => onChange({ listOwner: `@${account.handle}` })}
                >
                  <span className="import-owner-match-name">{accountTitle(account)}</span>
                  <span className="import-owner-match-handle">@{account.handle}</span>
                  {other && (
                    <span className="import-owner-match-note">another account, id {account.externalId}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <span className="field-hint" id={`${id}-owner-hint`}>
        {chosen
          ? `${item.unnamedOwner.list === 'likes' ? 'These likes' : 'This list'} will be recorded as ${typed.startsWith('@') ? typed : `@${typed}`}’s (account id ${item.unnamedOwner.id}).`
          : `Leave it empty to keep it as “${item.unnamedOwner.name}”; you can name it later in Accounts.`}
      </span>
    </div>
  );
}
