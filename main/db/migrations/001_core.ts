import type { Migration } from './types';

/** The core record tables of ARCHITECTURE.md: sources, accounts, follows, posts, people, prospects. */
export const migration001: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      -- One row per import: every imported row points back to the imports that brought it.
      CREATE TABLE sources (
        id               INTEGER PRIMARY KEY,
        file_name        TEXT NOT NULL,
        path             TEXT NOT NULL,
        sha256           TEXT NOT NULL,
        format           TEXT NOT NULL,
        options_json     TEXT NOT NULL DEFAULT '{}',
        imported_at      TEXT NOT NULL,
        captured_at      TEXT,
        owner_account_id INTEGER,
        summary_json     TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX sources_by_hash ON sources(sha256, format);

      CREATE TABLE accounts (
        id              INTEGER PRIMARY KEY,
        network         TEXT NOT NULL CHECK (network IN ('x', 'bluesky', 'mastodon', 'linkedin')),
        external_id     TEXT NOT NULL,
        handle          TEXT,
        name            TEXT,
        bio             TEXT,
        location        TEXT,
        url             TEXT,
        followers_count INTEGER,
        following_count INTEGER,
        posts_count     INTEGER,
        created_at      TEXT,
        profile_seen_at TEXT,
        UNIQUE (network, external_id)
      );
      CREATE INDEX accounts_by_handle ON accounts(network, handle COLLATE NOCASE);
      CREATE INDEX accounts_by_name ON accounts(name COLLATE NOCASE);
      CREATE INDEX accounts_by_followers ON accounts(followers_count);

      -- Which imports saw an account, with the profile each one stated (newest wins on merge).
      CREATE TABLE account_sources (
        account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        observed_at  TEXT,
        profile_json TEXT,
        PRIMARY KEY (account_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX account_sources_by_source ON account_sources(source_id);

      CREATE TABLE follows (
        follower_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        followee_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        PRIMARY KEY (follower_id, followee_id)
      ) WITHOUT ROWID;
      CREATE INDEX follows_by_followee ON follows(followee_id, follower_id);

      CREATE TABLE follow_sources (
        follower_id INTEGER NOT NULL,
        followee_id INTEGER NOT NULL,
        source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (follower_id, followee_id, source_id),
        FOREIGN KEY (follower_id, followee_id) REFERENCES follows(follower_id, followee_id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX follow_sources_by_source ON follow_sources(source_id);

      CREATE TABLE posts (
        id                  INTEGER PRIMARY KEY,
        network             TEXT NOT NULL,
        external_id         TEXT NOT NULL,
        author_id           INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
        created_at          TEXT,
        text                TEXT NOT NULL DEFAULT '',
        kind                TEXT NOT NULL CHECK (kind IN ('post', 'reply', 'repost', 'quote')),
        reply_to_post       TEXT,
        reply_to_account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        referenced_post     TEXT,
        lang                TEXT,
        like_count          INTEGER,
        repost_count        INTEGER,
        reply_count         INTEGER,
        quote_count         INTEGER,
        UNIQUE (network, external_id)
      );
      CREATE INDEX posts_by_author_time ON posts(author_id, created_at);
      CREATE INDEX posts_by_reply_account ON posts(reply_to_account_id) WHERE reply_to_account_id IS NOT NULL;
      CREATE INDEX posts_by_referenced ON posts(network, referenced_post) WHERE referenced_post IS NOT NULL;

      CREATE TABLE post_sources (
        post_id   INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX post_sources_by_source ON post_sources(source_id);

      CREATE TABLE post_mentions (
        post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, account_id)
      ) WITHOUT ROWID;
      CREATE INDEX post_mentions_by_account ON post_mentions(account_id);

      CREATE TABLE post_tags (
        post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        tag     TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (post_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX post_tags_by_tag ON post_tags(tag);

      CREATE TABLE post_links (
        post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        url     TEXT NOT NULL,
        domain  TEXT NOT NULL,
        PRIMARY KEY (post_id, url)
      ) WITHOUT ROWID;
      CREATE INDEX post_links_by_domain ON post_links(domain);

      CREATE TABLE likes (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        liked_at   TEXT,
        PRIMARY KEY (account_id, post_id)
      ) WITHOUT ROWID;
      CREATE INDEX likes_by_post ON likes(post_id);

      CREATE TABLE like_sources (
        account_id INTEGER NOT NULL,
        post_id    INTEGER NOT NULL,
        source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, post_id, source_id),
        FOREIGN KEY (account_id, post_id) REFERENCES likes(account_id, post_id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX like_sources_by_source ON like_sources(source_id);

      CREATE TABLE people (
        id           INTEGER PRIMARY KEY,
        -- Stable key from the contact record (e-mail, profile URL, ...), so re-imports merge.
        source_key   TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        company      TEXT,
        position     TEXT,
        email        TEXT,
        relationship TEXT NOT NULL
          CHECK (relationship IN ('me', 'colleague', 'customer', 'partner', 'friend', 'other')),
        tie_override REAL CHECK (tie_override IS NULL OR (tie_override > 0 AND tie_override < 1)),
        connected_on TEXT,
        created_at   TEXT NOT NULL
      );

      CREATE TABLE person_sources (
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (person_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX person_sources_by_source ON person_sources(source_id);

      CREATE TABLE person_accounts (
        person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        status     TEXT NOT NULL CHECK (status IN ('confirmed', 'suggested', 'rejected')),
        evidence   TEXT,
        -- 1 when the user confirmed or rejected it: imports never overrule a person's decision.
        decided    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (person_id, account_id)
      ) WITHOUT ROWID;
      CREATE INDEX person_accounts_by_account ON person_accounts(account_id);

      CREATE TABLE prospects (
        id         INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
        added_at   TEXT NOT NULL
      );

      -- Column mappings the user chose for generic CSV files, remembered per header shape.
      CREATE TABLE csv_mappings (
        header_shape TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE notes (
        id          INTEGER PRIMARY KEY,
        prospect_id INTEGER NOT NULL UNIQUE REFERENCES prospects(id) ON DELETE CASCADE,
        body        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
    `);
  },
};
