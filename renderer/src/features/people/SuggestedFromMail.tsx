import type { SuggestedPersonDto } from '../../../../common/mail-dto';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { formatDay } from '../../components/format/date';
import './people-view.css';

function shown(person: SuggestedPersonDto): string {
  return person.address.startsWith('name:') ? 'LinkedIn, by name' : person.address;
}

/**
 * People the user's mail suggests (issue 16): correspondents who are not among their contacts,
 * most messages first. Only a list: nobody becomes a person without the user.
 */
export function SuggestedFromMail() {
  const query = useApiQuery('mail.suggestedPeople', { limit: 100 }, { dependsOn: ['records', 'people'] });
  if (query.error) return <Alert message={query.error} />;
  const people = query.data ?? [];
  if (query.data && people.length === 0) {
    return (
      <EmptyState icon="accounts" title="No one to suggest" testId="mail-suggestions-empty">
        <p>Everyone you write to or meet is already among your contacts, or no mail is imported yet.</p>
      </EmptyState>
    );
  }
  return (
    <section
      className="mail-suggestions"
      data-testid="mail-suggestions"
      aria-labelledby="mail-suggestions-title"
    >
      <h3 id="mail-suggestions-title" className="mail-suggestions-title">
        From your mail: people who are not among your contacts
      </h3>
      <p className="mail-suggestions-note">
        Import their contact card or your address book to make them people; nothing is added without you.
      </p>
      <table className="mail-suggestions-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Address</th>
            <th scope="col" className="tabular">
              Messages
            </th>
            <th scope="col" className="tabular">
              Meetings
            </th>
            <th scope="col">Last</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={`${person.channel}:${person.address}`} data-testid="mail-suggestion">
              <td>{person.name ?? '—'}</td>
              <td className="selectable">{shown(person)}</td>
              <td className="tabular">{formatCount(person.messages)}</td>
              <td className="tabular">{formatCount(person.meetings)}</td>
              <td>{person.lastAt ? formatDay(person.lastAt) : 'unknown'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
