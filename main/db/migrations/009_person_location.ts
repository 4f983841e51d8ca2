import type { Migration } from './types';

/**
 * Where a person lives, as their contact record states it (a vCard address, a Google contact's
 * city, an archive owner's location), and their LinkedIn page, which a connection with an e-mail
 * used to lose (it keyed the person by the e-mail): both are matching evidence, the page is also
 * duplicate evidence. A connection keyed by its page already has it; the rest fill in on the next
 * import. The page feeds the lookup keys, so the stale trigger of 006 now watches it too.
 */
export const migration009: Migration = {
  version: 9,
  name: 'person-location',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN location TEXT;
      ALTER TABLE people ADD COLUMN profile_url TEXT;
      UPDATE people SET profile_url = source_key WHERE source_key LIKE 'linkedin.com/in/%';

      DROP TRIGGER people_match_keys_stale;
      CREATE TRIGGER people_match_keys_stale
      AFTER UPDATE OF display_name, company, position, email, source_key, profile_url ON people
      WHEN old.display_name IS NOT new.display_name OR old.company IS NOT new.company
        OR old.position IS NOT new.position OR old.email IS NOT new.email OR old.source_key IS NOT new.source_key
        OR old.profile_url IS NOT new.profile_url
      BEGIN
        UPDATE people SET match_keys_fresh = 0 WHERE id = new.id;
      END;
    `);
  },
};
