import type { Migration } from './types';

/**
 * Matching as a review queue. Suggestions carry the matcher's confidence and its reasons
 * (evidence_json). Candidates are found by lookup keys (main/analysis/person-match/keys.ts) kept
 * per person and per account; a trigger marks a row's keys stale when the fields they come from
 * change, and the next matching pass recomputes them. The user's decisions are also kept by the
 * person's source key and the account's network id, which outlive the rows: removing an import and
 * importing it again brings them back instead of suggesting a rejected account anew.
 */
export const migration006: Migration = {
  version: 6,
  name: 'person-matching',
  up(db) {
    db.exec(`
      ALTER TABLE person_accounts ADD COLUMN confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
      ALTER TABLE person_accounts ADD COLUMN evidence_json TEXT;

      ALTER TABLE people ADD COLUMN match_keys_fresh INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE accounts ADD COLUMN match_keys_fresh INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX people_match_keys_stale ON people(id) WHERE match_keys_fresh = 0;
      CREATE INDEX accounts_match_keys_stale ON accounts(id) WHERE match_keys_fresh = 0;

      CREATE TABLE person_match_keys (
        key       TEXT NOT NULL,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (key, person_id)
      ) WITHOUT ROWID;
      CREATE INDEX person_match_keys_by_person ON person_match_keys(person_id);
      CREATE TABLE account_match_keys (
        key        TEXT NOT NULL,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        PRIMARY KEY (key, account_id)
      ) WITHOUT ROWID;
      CREATE INDEX account_match_keys_by_account ON account_match_keys(account_id);

      CREATE TRIGGER people_match_keys_stale
      AFTER UPDATE OF display_name, company, position, email, source_key ON people
      WHEN old.display_name IS NOT new.display_name OR old.company IS NOT new.company
        OR old.position IS NOT new.position OR old.email IS NOT new.email OR old.source_key IS NOT new.source_key
      BEGIN
        UPDATE people SET match_keys_fresh = 0 WHERE id = new.id;
      END;
      CREATE TRIGGER accounts_match_keys_stale
      AFTER UPDATE OF handle, name, bio, url ON accounts
      WHEN old.handle IS NOT new.handle OR old.name IS NOT new.name OR old.bio IS NOT new.bio OR old.url IS NOT new.url
      BEGIN
        UPDATE accounts SET match_keys_fresh = 0 WHERE id = new.id;
      END;

      CREATE TABLE link_decisions (
        person_key  TEXT NOT NULL,
        network     TEXT NOT NULL,
        external_id TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected')),
        PRIMARY KEY (person_key, network, external_id)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO link_decisions(person_key, network, external_id, status)
        SELECT p.source_key, a.network, a.external_id, pa.status
        FROM person_accounts pa JOIN people p ON p.id = pa.person_id JOIN accounts a ON a.id = pa.account_id
        WHERE pa.decided = 1 AND pa.status IN ('confirmed', 'rejected');

      -- Suggestions made before: ranked by what they said until the next import matches again.
      UPDATE person_accounts
        SET confidence = CASE WHEN evidence LIKE '%bio mentions%' THEN 0.9 ELSE 0.45 END,
            evidence_json = json_array(json_object('kind', 'name', 'text', coalesce(evidence, 'same name'), 'effect', 'for'))
        WHERE status = 'suggested' AND decided = 0;
    `);
  },
};
