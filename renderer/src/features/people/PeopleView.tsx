import { useState, type ReactNode } from 'react';
import type { Relationship } from '../../../../common/dto';
import { callApi, useApiQuery, useCoreQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { SearchField } from '../../components/SearchField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { PeopleList } from './PeopleList';
import { NoPersonChosen, PersonPane } from './PersonPane';
import { contactGroups } from './relationships';
import { DuplicatesReview } from './DuplicatesReview';
import { ExportRelationshipsButton } from './ExportRelationshipsButton';
import { ReviewQueue } from './ReviewQueue';
import { SuggestedFromMail } from './SuggestedFromMail';
import { usePeoplePages } from './usePeoplePages';
import './people-view.css';

type Tab = 'contacts' | 'review' | 'duplicates' | 'mail';

/** The user's contacts: searchable, editable, and the suggested links to review. */
export function PeopleView({
  onImport,
  initialPersonId = null,
}: {
  onImport: () => void;
  /** Chosen in the quick switcher: shown at once. */
  initialPersonId?: number | null;
}) {
  const [tab, setTab] = useState<Tab>('contacts');
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), 250);
  const [relationship, setRelationship] = useState<Relationship | null>(null);
  const pages = usePeoplePages(query, relationship);
  const [selectedId, setSelectedId] = useState<number | null>(initialPersonId);
  const suggestions = useApiQuery(
    'people.links',
    { status: 'suggested' },
    { dependsOn: ['records', 'links'] },
  );
  const waiting = suggestions.data?.length ?? 0;
  // Only the count, and only on imports: editing a contact's facts changes no group.
  const duplicates = useCoreQuery(
    ['people.duplicates', 'count'],
    () => callApi('people.duplicates', {}).then((groups) => groups.length),
    { dependsOn: ['records'] },
  );
  const duplicateGroups = duplicates.data ?? 0;
  const fromMail = useApiQuery('mail.suggestedPeople', { limit: 100 }, { dependsOn: ['records', 'people'] });
  const mailSuggestions = fromMail.data?.length ?? 0;

  const filtered = query !== '' || relationship !== null;
  const noPeople = pages.total === 0 && !filtered;
  const noMatches = pages.total === 0 && filtered;

  return (
    <main className="people-view" data-testid="people-view" aria-labelledby="people-title">
      <div className="people-toolbar">
        <div className="people-heading">
          <h2 id="people-title" className="people-title">
            People
          </h2>
          {tab === 'contacts' && pages.total !== null && !noPeople && (
            <span className="people-count">
              {formatCount(pages.total)} {pages.total === 1 ? 'contact' : 'contacts'}
            </span>
          )}
        </div>
        <div className="people-tabs" role="tablist" aria-label="People">
          <PeopleTab tab="contacts" current={tab} onChoose={setTab}>
            Contacts
          </PeopleTab>
          <PeopleTab tab="review" current={tab} onChoose={setTab} count={waiting}>
            Suggested links
          </PeopleTab>
          {(duplicateGroups > 0 || tab === 'duplicates') && (
            <PeopleTab tab="duplicates" current={tab} onChoose={setTab} count={duplicateGroups}>
              Possible duplicates
            </PeopleTab>
          )}
          {(mailSuggestions > 0 || tab === 'mail') && (
            <PeopleTab tab="mail" current={tab} onChoose={setTab} count={mailSuggestions}>
              From your mail
            </PeopleTab>
          )}
        </div>
        {tab === 'contacts' && !noPeople && (
          <div className="people-controls">
            <select
              className="select"
              aria-label="Relationship"
              value={relationship ?? ''}
              data-testid="people-relationship-filter"
              onChange={(event) => setRelationship((event.target.value || null) as Relationship | null)}
            >
              <option value="">Everyone</option>
              {contactGroups.map((group) => (
                <option key={group.value} value={group.value}>
                  {group.label}
                </option>
              ))}
            </select>
            <SearchField
              value={search}
              onValue={setSearch}
              className="people-search"
              placeholder="Name, company, position, e-mail"
              aria-label="Search contacts"
            />
            <ExportRelationshipsButton />
          </div>
        )}
      </div>
      {tab === 'review' ? (
        <ReviewQueue />
      ) : tab === 'duplicates' ? (
        <DuplicatesReview onDecided={duplicates.refetch} />
      ) : tab === 'mail' ? (
        <SuggestedFromMail />
      ) : noPeople ? (
        <EmptyState icon="accounts" title="No contacts yet" testId="people-empty">
          <p>
            Your contacts come from LinkedIn connections, Google contacts, a vCard file, and the owners of the
            archives you import. Drop an export anywhere on this window, or:
          </p>
          <p>
            <button type="button" className="button button-primary" onClick={onImport}>
              Import…
            </button>
          </p>
        </EmptyState>
      ) : (
        <div className="people-body">
          <div className="people-list-pane">
            {pages.error && <Alert message={pages.error} />}
            {noMatches ? (
              <EmptyState icon="search" title="No contact matches" testId="people-no-matches" compact>
                <p>
                  {query ? `Nobody’s name, company, position or e-mail has “${query}”` : 'Nobody'}
                  {relationship
                    ? ` among your ${contactGroups.find((g) => g.value === relationship)?.label.toLowerCase()}`
                    : ''}
                  .
                </p>
                <p>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setSearch('');
                      setRelationship(null);
                    }}
                  >
                    Show everyone
                  </button>
                </p>
              </EmptyState>
            ) : (
              <PeopleList
                pages={pages}
                queryKey={JSON.stringify([query, relationship])}
                selectedId={selectedId}
                onSelect={(person) => setSelectedId(person.id)}
              />
            )}
          </div>
          <div className="people-detail-pane">
            {selectedId !== null ? <PersonPane personId={selectedId} /> : <NoPersonChosen />}
          </div>
        </div>
      )}
    </main>
  );
}

/** One tab of the People view, with how many wait there when any do. */
function PeopleTab({
  tab,
  current,
  onChoose,
  count = 0,
  children,
}: {
  tab: Tab;
  current: Tab;
  onChoose: (tab: Tab) => void;
  count?: number;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      role="tab"
      aria-selected={tab === current}
      className="people-tab"
      data-testid={`people-${tab}-tab`}
      onClick={() => onChoose(tab)}
    >
      {children}
      {count > 0 && <span className="people-tab-count">{formatCount(count)}</span>}
    </button>
  );
}
