import type { Migration } from './types';

/**
 * What each import stated about a person, as accounts keep it in account_sources.profile_json, so
 * removing an import can bring back the fields it replaced. Imports made before this version left
 * no statement: each is taken to have stated the person as they stand at the upgrade, the best
 * record left of them (removing such an import then leaves the person as they were, as before).
 */
export const migration005: Migration = {
  version: 5,
  name: 'person-snapshots',
  up(db) {
    db.exec(`
      ALTER TABLE person_sources ADD COLUMN profile_json TEXT;
      UPDATE person_sources SET profile_json = (
        SELECT json_object('displayName', display_name, 'company', company, 'position', position,
                           'email', email, 'relationship', relationship, 'connectedOn', connected_on)
        FROM people WHERE people.id = person_sources.person_id);
    `);
  },
};
