import type { Migration } from './types';

/**
 * Duplicates of one person merged into one, undoably. Each merge keeps both people as they were
 * (before_json: their rows, sources, account links, facts, link decisions), so undoing it brings
 * both back with their ids. The merged-away person's source key stays an alias of the kept one's
 * (other_key → kept_key), so importing its file again updates the kept person instead of bringing
 * the duplicate back. Pairs the user said are not the same person are kept by source key, as link
 * decisions are (006), so they survive removing and importing again.
 */
export const migration010: Migration = {
  version: 10,
  name: 'person-merges',
  up(db) {
    db.exec(`
      CREATE TABLE person_merges (
        id          INTEGER PRIMARY KEY,
        kept_id     INTEGER NOT NULL,
        kept_key    TEXT NOT NULL,
        other_id    INTEGER NOT NULL,
        other_key   TEXT NOT NULL,
        other_name  TEXT NOT NULL,
        before_json TEXT NOT NULL,
        merged_at   TEXT NOT NULL
      );
      CREATE INDEX person_merges_by_other_key ON person_merges(other_key);
      CREATE INDEX person_merges_by_kept ON person_merges(kept_id);

      CREATE TABLE person_duplicate_rejections (
        key_a      TEXT NOT NULL,
        key_b      TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (key_a, key_b),
        CHECK (key_a < key_b)
      ) WITHOUT ROWID;
    `);
  },
};
