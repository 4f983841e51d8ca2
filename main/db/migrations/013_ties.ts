import type { Migration } from './types';

/**
 * Ties the user states or is given (issue 16).
 *
 * - `person_tie_overrides`: the score the user sets for a person, with why. Kept by the person's
 *   source key, as their facts are (007), so removing an import and importing it again keeps it.
 * - `colleague_networks` and `colleague_ties`: a colleague's exported relationship file ("Bob's
 *   relationships"), one network per import. Each person of the file is a row per match key
 *   (`e:<address>`, `li:<slug>`, `x:<handle>`, `bluesky:<handle>`, `mastodon:<user@host>`), so a
 *   person is found by any of them; nothing but names, keys and scores is stored.
 */
export const migration013: Migration = {
  version: 13,
  name: 'ties',
  up(db) {
    db.exec(`
      CREATE TABLE person_tie_overrides (
        person_key TEXT PRIMARY KEY,
        score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        why        TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE colleague_networks (
        source_id      INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        colleague_name TEXT NOT NULL,
        colleague_keys TEXT NOT NULL,
        exported_at    TEXT NOT NULL
      );

      CREATE TABLE colleague_ties (
        source_id    INTEGER NOT NULL REFERENCES colleague_networks(source_id) ON DELETE CASCADE,
        person_index INTEGER NOT NULL,
        name         TEXT NOT NULL,
        match_key    TEXT NOT NULL,
        score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        as_of        TEXT,
        PRIMARY KEY (source_id, person_index, match_key)
      ) WITHOUT ROWID;
      CREATE INDEX colleague_ties_by_key ON colleague_ties(match_key);
    `);
  },
};
