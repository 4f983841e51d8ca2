import { useState } from 'react';
import type { PathsResultDto } from '../../../../common/dto';
import { callApi } from '../../api/useApiQuery';

/** Your people at the prospect's organisation, from the bio or the name the user sets here. */
export function OrganisationPeople({ result }: { result: PathsResultDto }) {
  const { organisation, atOrganisation } = result;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(organisation.names[0] ?? '');
  const save = async (value: string | null) => {
    await callApi('paths.setOrganisation', { accountId: result.prospect.id, organisation: value });
    setEditing(false);
  };
  const named = organisation.names.join(' / ');
  return (
    <section className="org-people" data-testid="org-people" aria-labelledby="org-people-title">
      <div className="paths-head">
        <h3 className="section-title" id="org-people-title">
          {named ? `Your people at ${named}` : 'Your people at their organisation'}
        </h3>
        {!editing && (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {organisation.from === 'user' ? 'Change' : 'Set organisation'}
          </button>
        )}
      </div>
      {editing && (
        <form
          className="org-people-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save(text);
          }}
        >
          <input
            className="text-input"
            aria-label="Organisation the prospect works for"
            value={text}
            maxLength={200}
            onChange={(event) => setText(event.target.value)}
            placeholder="Acme Logistics"
          />
          <button type="submit" className="button button-small">
            Save
          </button>
          {organisation.from === 'user' && (
            <button type="button" className="button button-small" onClick={() => void save(null)}>
              Use the bio
            </button>
          )}
        </form>
      )}
      {!named ? (
        <p className="org-people-note">The bio names no organisation. Set one to find your people there.</p>
      ) : atOrganisation.length === 0 ? (
        <p className="org-people-note">
          None of your contacts names {named} as their company or position
          {organisation.from === 'bio' ? ' (read from the bio)' : ''}.
        </p>
      ) : (
        <ul className="org-people-list">
          {atOrganisation.map((m) => (
            <li key={m.personId} className="selectable">
              {m.line}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
