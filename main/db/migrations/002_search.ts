import type { Migration } from './types';

/** Full-text search over posts (kept in step by triggers), categories and saved searches. */
export const migration002: Migration = {
  version: 2,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE posts_fts USING fts5(
        text,
        content = 'posts',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
        INSERT INTO posts_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
        INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER posts_fts_update AFTER UPDATE OF text ON posts BEGIN
        INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO posts_fts(rowid, text) VALUES (new.id, new.text);
      END;

      -- How many posts use each term: the background that makes a prospect's terms distinctive.
      CREATE VIRTUAL TABLE posts_vocab USING fts5vocab(posts_fts, row);

      -- Bios, names and handles: for "find people who describe themselves as …".
      CREATE VIRTUAL TABLE accounts_fts USING fts5(
        handle, name, bio,
        content = 'accounts',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER accounts_fts_insert AFTER INSERT ON accounts BEGIN
        INSERT INTO accounts_fts(rowid, handle, name, bio) VALUES (new.id, new.handle, new.name, new.bio);
      END;
      CREATE TRIGGER accounts_fts_delete AFTER DELETE ON accounts BEGIN
        INSERT INTO accounts_fts(accounts_fts, rowid, handle, name, bio) VALUES ('delete', old.id, old.handle, old.name, old.bio);
      END;
      CREATE TRIGGER accounts_fts_update AFTER UPDATE OF handle, name, bio ON accounts BEGIN
        INSERT INTO accounts_fts(accounts_fts, rowid, handle, name, bio) VALUES ('delete', old.id, old.handle, old.name, old.bio);
        INSERT INTO accounts_fts(rowid, handle, name, bio) VALUES (new.id, new.handle, new.name, new.bio);
      END;

      CREATE VIRTUAL TABLE notes_fts USING fts5(
        body,
        content = 'notes',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
      END;

      CREATE TABLE categories (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT
      );
      CREATE TABLE category_rules (
        id          INTEGER PRIMARY KEY,
        category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
        field       TEXT NOT NULL CHECK (field IN ('bio', 'name', 'handle')),
        keyword     TEXT NOT NULL
      );
      CREATE TABLE account_categories (
        account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
        manual      INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, category_id)
      ) WITHOUT ROWID;

      CREATE TABLE saved_searches (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL,
        query          TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        last_viewed_at TEXT,
        -- Matches with a post id above this arrived since the search was last looked at.
        last_seen_post_id INTEGER NOT NULL DEFAULT 0
      );

      -- The starter categories for followees; the user edits them and their keyword rules.
      INSERT INTO categories(id, name, color) VALUES
        (1, 'Vendor', '#2f7ed8'), (2, 'Competitor', '#d9534f'), (3, 'Media', '#8e6bbf'),
        (4, 'Investor', '#2a9d8f'), (5, 'Peer', '#e9a23b');
      INSERT INTO category_rules(category_id, field, keyword) VALUES
        (1, 'bio', 'software'), (1, 'bio', 'platform'), (1, 'bio', 'solutions'), (1, 'bio', 'SaaS'),
        (3, 'bio', 'journalist'), (3, 'bio', 'editor'), (3, 'bio', 'reporter'), (3, 'bio', 'podcast'),
        (3, 'bio', 'news'), (3, 'bio', 'newsletter'),
        (4, 'bio', 'investor'), (4, 'bio', 'venture'), (4, 'bio', 'VC'), (4, 'bio', 'partner at'),
        (4, 'bio', 'angel'),
        (5, 'bio', 'CEO'), (5, 'bio', 'founder'), (5, 'bio', 'COO'), (5, 'bio', 'CTO');
    `);
  },
};
