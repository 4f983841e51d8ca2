import { useState } from 'react';
import type { PersonLinkDto } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { EmptyState } from '../../components/EmptyState';
import { RefreshMark } from '../../components/RefreshMark';
import { LinkAccountBox } from './LinkAccountBox';
import { linkedAccountName } from './linkText';
import { MergedFrom } from './MergedFrom';
import { PersonFactsEditor } from './PersonFactsEditor';
import { PersonTie } from './PersonTie';
import { EraseButton } from '../erase/EraseButton';
import { personRole } from './PeopleList';

/** One contact: who they are, where they come from, their accounts and what the user knows. */
export function PersonPane({ personId }: { personId: number }) {
  const query = useApiQuery('people.get', { id: personId }, { dependsOn: ['records', 'links', 'people'] });
  // The query keeps its last answer when a refresh fails: an erased person must not stay on screen.
  const [erasedId, setErasedId] = useState<number | null>(null);
  if (erasedId === personId) {
    return (
      <EmptyState icon="accounts" title="Erased" testId="person-erased" compact>
        Nothing of them is left in this workspace.
      </EmptyState>
    );
  }
  const person = query.data?.id === personId ? query.data : null;
  if (query.error && !person) return <Alert message={query.error} />;
  if (!person) return <div className="person-pane is-loading" aria-busy="true" />;

  const confirmed = person.links.filter((link) => link.status === 'confirmed');
  const role = personRole(person);
  return (
    <section className="person-pane" aria-labelledby="person-name" data-testid="person-pane">
      <header className="person-head">
        <h2 id="person-name" className="person-name">
          {person.displayName}
        </h2>
        <RefreshMark busy={query.refreshing} />
        {role && <p className="person-role">{role}</p>}
        {person.email && <p className="person-email selectable">{person.email}</p>}
        {person.location && (
          <p className="person-location" data-testid="person-location">
            {person.location}
          </p>
        )}
        {person.profileUrl && (
          <p className="person-profile-url selectable" data-testid="person-profile-url">
            {person.profileUrl}
          </p>
        )}
        <p className="person-sources">
          From {person.sources.map((source) => source.fileName).join(', ') || '—'}
        </p>
        <MergedFrom personId={person.id} />
        <EraseButton who={{ personId: person.id }} onErased={() => setErasedId(person.id)} />
      </header>
      <PersonTie personId={person.id} personName={person.displayName} />
      <PersonFactsEditor key={person.id} person={person} />
      <section className="person-accounts" aria-label="Accounts">
        <h3 className="person-section-title">Accounts</h3>
        {confirmed.length === 0 ? (
          <p className="person-accounts-none">
            No account is linked to {person.displayName} yet. Link one below to find paths through them.
          </p>
        ) : (
          <ul className="person-account-list">
            {confirmed.map((link) => (
              <LinkedAccount key={link.accountId} link={link} />
            ))}
          </ul>
        )}
        <LinkAccountBox personId={person.id} personName={person.displayName} />
      </section>
    </section>
  );
}

function LinkedAccount({ link }: { link: PersonLinkDto }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="person-account" data-testid="person-account">
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <span>{linkedAccountName(link)}</span>
      {link.accountName && <span className="person-account-name">{link.accountName}</span>}
      <button
        type="button"
        className="link-button person-account-unlink"
        onClick={() =>
          api.people
            .unlink({ personId: link.personId, accountId: link.accountId })
            .catch((caught: unknown) => setError(describeError(caught)))
        }
      >
        Not them
      </button>
    </li>
  );
}

/** What the detail pane says before a contact is chosen. */
export function NoPersonChosen() {
  return (
    <EmptyState icon="accounts" title="Choose a contact" compact>
      <p>Their accounts, and what you know about them, show here.</p>
    </EmptyState>
  );
}
