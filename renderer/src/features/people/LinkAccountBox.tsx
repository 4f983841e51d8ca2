import { useState } from 'react';
import type { AccountRow } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { SearchField } from '../../components/SearchField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { linkedAccountName } from './linkText';

/** Finds an imported account by name or handle and links it to the person by hand. */
export function LinkAccountBox({ personId, personName }: { personId: number; personName: string }) {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const found = useApiQuery(
    'accounts.list',
    { query, sort: 'followers', descending: true, offset: 0, limit: 6 },
    { dependsOn: ['records', 'links'], enabled: query !== '' },
  );
  const [error, setError] = useState<string | null>(null);
  const [linking, setLinking] = useState<number | null>(null);

  function link(account: AccountRow) {
    setLinking(account.id);
    api.people
      .link({ personId, accountId: account.id })
      .then(() => {
        setText('');
        setError(null);
      })
      .catch((caught: unknown) => setError(describeError(caught)))
      .finally(() => setLinking(null));
  }

  const rows = query ? (found.data?.rows ?? []) : [];
  return (
    <div className="link-account-box" data-testid="link-account-box">
      <SearchField
        value={text}
        onValue={setText}
        className="link-account-search"
        placeholder={`Find ${personName}’s account by name or @handle`}
        aria-label={`Find an account to link to ${personName}`}
      />
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      {query && found.data && rows.length === 0 && (
        <p className="link-account-none">No imported account matches “{query}”.</p>
      )}
      {rows.length > 0 && (
        <ul className="link-account-results">
          {rows.map((account) => (
            <li key={account.id} className="link-account-result" data-testid="link-account-result">
              <span className="link-account-who">
                <strong>{account.name ?? account.handle}</strong>{' '}
                <span className="link-account-handle">
                  {linkedAccountName({ ...account, accountName: account.name, accountId: account.id })}
                </span>
                {account.personName && (
                  <span className="link-account-taken"> — now {account.personName}</span>
                )}
              </span>
              <button
                type="button"
                className="button button-small"
                disabled={linking !== null}
                onClick={() => link(account)}
              >
                Link
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
