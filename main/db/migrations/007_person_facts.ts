import type { Migration } from './types';

/**
 * What the user knows about a person: since when they are a customer, what we did for them, what
 * they say about us, and the relationship the user chose. Kept by the person's source key, as
 * link decisions are (006), so removing an import and importing it again brings them back.
 * Imports state a relationship for every contact (LinkedIn as colleagues, say); the triggers put
 * back the one the user chose whenever an import writes another. "Customer since" starts as the
 * LinkedIn Connected On date until the user sets it (a NULL here after a set means "cleared").
 */
export const migration007: Migration = {
  version: 7,
  name: 'person-facts',
  up(db) {
    db.exec(`
      CREATE TABLE person_facts (
        person_key     TEXT PRIMARY KEY,
        customer_since TEXT CHECK (customer_since IS NULL
          OR customer_since GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        did            TEXT,
        says           TEXT,
        relationship   TEXT
          CHECK (relationship IS NULL OR relationship IN ('me', 'colleague', 'customer', 'partner', 'friend', 'other')),
        updated_at     TEXT NOT NULL
      ) WITHOUT ROWID;

      -- The People list pages by name.
      CREATE INDEX people_by_name ON people(display_name COLLATE NOCASE, id);

      CREATE TRIGGER people_keep_chosen_relationship_on_update
      AFTER UPDATE OF relationship ON people
      WHEN (SELECT relationship FROM person_facts WHERE person_key = new.source_key) IS NOT NULL
        AND (SELECT relationship FROM person_facts WHERE person_key = new.source_key) IS NOT new.relationship
      BEGIN
        UPDATE people SET relationship = (SELECT relationship FROM person_facts WHERE person_key = new.source_key)
        WHERE id = new.id;
      END;
      CREATE TRIGGER people_keep_chosen_relationship_on_insert
      AFTER INSERT ON people
      WHEN (SELECT relationship FROM person_facts WHERE person_key = new.source_key) IS NOT NULL
        AND (SELECT relationship FROM person_facts WHERE person_key = new.source_key) IS NOT new.relationship
      BEGIN
        UPDATE people SET relationship = (SELECT relationship FROM person_facts WHERE person_key = new.source_key)
        WHERE id = new.id;
      END;
    `);
  },
};
