import type { Migration } from './types';

/**
 * The user's own communication metadata (issue 16): who wrote to whom and when, who met, whom the
 * user invited on LinkedIn, and the user's own employers. Never a body, an attachment or (unless
 * the user asks for it) a subject.
 *
 * - `correspondents`: one e-mail address or LinkedIn member. `match_key` is the lookup key people
 *   have in person_match_keys (`e:ada@example.com`, `li:ada-lovelace`), so a correspondent is a
 *   person's whenever a contact import or a merge gives the person that key, with nothing to keep
 *   in step; `person_id` is set only when the user attaches an address by hand. The view
 *   `correspondent_people` says whose each correspondent is.
 * - `messages` (e-mail and LinkedIn messages, `channel`): `message_key` is the Message-ID (or, when
 *   a message has none, a digest of its sender, date and recipients), unique in the workspace, so a
 *   message in two mailboxes counts once. `direction` is relative to the user's own addresses.
 * - `meetings`: one row per occurrence (a series' occurrences up to the import day), keyed by UID
 *   and start; cancelled occurrences are not stored; attendees keep their PARTSTAT (declined ones
 *   do not count, which the readers of these tables apply).
 * - `invitations` and `own_positions`: LinkedIn's Invitations.csv and Positions.csv.
 * - `own_addresses`: the addresses the user confirmed as theirs (a workspace setting, kept when an
 *   import is removed).
 *
 * Every imported row has a `*_sources` row per import that brought it: removing an import deletes
 * those, then the rows no other import holds (removal-repo.ts), then correspondents no row names.
 */
export const migration012: Migration = {
  version: 12,
  name: 'communications',
  up(db) {
    db.exec(`
      CREATE TABLE correspondents (
        id           INTEGER PRIMARY KEY,
        channel      TEXT NOT NULL CHECK (channel IN ('email', 'linkedin')),
        address      TEXT NOT NULL,
        display_name TEXT,
        match_key    TEXT NOT NULL,
        person_id    INTEGER REFERENCES people(id) ON DELETE SET NULL,
        UNIQUE (channel, address)
      );
      CREATE INDEX correspondents_by_match_key ON correspondents(match_key);
      CREATE INDEX correspondents_by_person ON correspondents(person_id) WHERE person_id IS NOT NULL;

      CREATE TABLE own_addresses (
        channel  TEXT NOT NULL CHECK (channel IN ('email', 'linkedin')),
        address  TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (channel, address)
      ) WITHOUT ROWID;

      CREATE TABLE messages (
        id               INTEGER PRIMARY KEY,
        channel          TEXT NOT NULL CHECK (channel IN ('email', 'linkedin')),
        message_key      TEXT NOT NULL UNIQUE,
        sent_at          TEXT,
        from_id          INTEGER REFERENCES correspondents(id),
        direction        TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        in_reply_to      TEXT,
        references_count INTEGER NOT NULL DEFAULT 0,
        thread_key       TEXT,
        subject          TEXT,
        is_automated     INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX messages_by_from ON messages(from_id, sent_at);
      CREATE INDEX messages_by_reply ON messages(in_reply_to) WHERE in_reply_to IS NOT NULL;
      CREATE INDEX messages_by_thread ON messages(thread_key, sent_at) WHERE thread_key IS NOT NULL;

      CREATE TABLE message_recipients (
        message_id       INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        correspondent_id INTEGER NOT NULL REFERENCES correspondents(id),
        kind             TEXT NOT NULL CHECK (kind IN ('to', 'cc')),
        PRIMARY KEY (message_id, correspondent_id)
      ) WITHOUT ROWID;
      CREATE INDEX message_recipients_by_correspondent ON message_recipients(correspondent_id);

      CREATE TABLE message_sources (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (message_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX message_sources_by_source ON message_sources(source_id);

      CREATE TABLE meetings (
        id           INTEGER PRIMARY KEY,
        uid          TEXT NOT NULL,
        starts_at    TEXT NOT NULL,
        all_day      INTEGER NOT NULL DEFAULT 0,
        organizer_id INTEGER REFERENCES correspondents(id),
        status       TEXT,
        title        TEXT,
        UNIQUE (uid, starts_at)
      );
      CREATE INDEX meetings_by_organizer ON meetings(organizer_id);

      CREATE TABLE meeting_attendees (
        meeting_id       INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        correspondent_id INTEGER NOT NULL REFERENCES correspondents(id),
        partstat         TEXT,
        PRIMARY KEY (meeting_id, correspondent_id)
      ) WITHOUT ROWID;
      CREATE INDEX meeting_attendees_by_correspondent ON meeting_attendees(correspondent_id);

      CREATE TABLE meeting_sources (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX meeting_sources_by_source ON meeting_sources(source_id);

      CREATE TABLE invitations (
        id               INTEGER PRIMARY KEY,
        direction        TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        correspondent_id INTEGER NOT NULL REFERENCES correspondents(id),
        sent_at          TEXT,
        UNIQUE (direction, correspondent_id, sent_at)
      );
      CREATE INDEX invitations_by_correspondent ON invitations(correspondent_id);

      CREATE TABLE invitation_sources (
        invitation_id INTEGER NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
        source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (invitation_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX invitation_sources_by_source ON invitation_sources(source_id);

      CREATE TABLE own_positions (
        id         INTEGER PRIMARY KEY,
        company    TEXT NOT NULL,
        title      TEXT,
        started_on TEXT,
        ended_on   TEXT,
        UNIQUE (company, title, started_on)
      );

      CREATE TABLE own_position_sources (
        position_id INTEGER NOT NULL REFERENCES own_positions(id) ON DELETE CASCADE,
        source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        PRIMARY KEY (position_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX own_position_sources_by_source ON own_position_sources(source_id);

      -- Whose each correspondent is: attached by hand, or else every person with its lookup key.
      CREATE VIEW correspondent_people AS
        SELECT id AS correspondent_id, person_id FROM correspondents WHERE person_id IS NOT NULL
        UNION
        SELECT c.id, k.person_id FROM correspondents c JOIN person_match_keys k ON k.key = c.match_key
        WHERE c.person_id IS NULL;
    `);
  },
};
