import type { Db } from './sqlite';

/** Statements the import writer uses for follows, posts, likes and people (see PersonSnapshotsRepo). */
export class RecordsWriteRepo {
  readonly insertFollow;
  readonly linkFollow;
  readonly insertPost;
  readonly postId;
  readonly fillPost;
  readonly linkPost;
  readonly insertMention;
  readonly insertTag;
  readonly insertLink;
  readonly insertLike;
  readonly linkLike;
  readonly upsertPerson;
  readonly personId;
  readonly insertPersonAccount;
  readonly confirmPersonAccount;

  constructor(db: Db) {
    this.insertFollow = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO follows(follower_id, followee_id) VALUES (?, ?)',
    );
    this.linkFollow = db.prepare<[number, number, number]>(
      'INSERT OR IGNORE INTO follow_sources(follower_id, followee_id, source_id) VALUES (?, ?, ?)',
    );
    this.insertPost = db.prepare<
      [
        string,
        string,
        number | null,
        string | null,
        string,
        string,
        string | null,
        number | null,
        string | null,
        string | null,
        number | null,
        number | null,
        number | null,
        number | null,
      ]
    >(
      `INSERT OR IGNORE INTO posts(network, external_id, author_id, created_at, text, kind, reply_to_post,
         reply_to_account_id, referenced_post, lang, like_count, repost_count, reply_count, quote_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.postId = db
      .prepare<[string, string], number>('SELECT id FROM posts WHERE network = ? AND external_id = ?')
      .pluck();
    // A later, fuller record of the same post fills what an earlier one lacked (a liked post's
    // stub gains its author; a truncated text is replaced by a longer one).
    this.fillPost = db.prepare<
      [
        number | null,
        string | null,
        string,
        string,
        string,
        string | null,
        number | null,
        string | null,
        string | null,
        number | null,
        number | null,
        number | null,
        number | null,
        number,
      ]
    >(
      `UPDATE posts SET
         author_id = coalesce(author_id, ?),
         created_at = coalesce(created_at, ?),
         text = CASE WHEN length(?) > length(text) THEN ? ELSE text END,
         kind = CASE WHEN kind = 'post' THEN ? ELSE kind END,
         reply_to_post = coalesce(reply_to_post, ?),
         reply_to_account_id = coalesce(reply_to_account_id, ?),
         referenced_post = coalesce(referenced_post, ?),
         lang = coalesce(lang, ?),
         like_count = coalesce(?, like_count),
         repost_count = coalesce(?, repost_count),
         reply_count = coalesce(?, reply_count),
         quote_count = coalesce(?, quote_count)
       WHERE id = ?`,
    );
    this.linkPost = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO post_sources(post_id, source_id) VALUES (?, ?)',
    );
    this.insertMention = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO post_mentions(post_id, account_id) VALUES (?, ?)',
    );
    this.insertTag = db.prepare<[number, string]>(
      'INSERT OR IGNORE INTO post_tags(post_id, tag) VALUES (?, ?)',
    );
    this.insertLink = db.prepare<[number, string, string]>(
      'INSERT OR IGNORE INTO post_links(post_id, url, domain) VALUES (?, ?, ?)',
    );
    this.insertLike = db.prepare<[number, number, string | null]>(
      'INSERT OR IGNORE INTO likes(account_id, post_id, liked_at) VALUES (?, ?, ?)',
    );
    this.linkLike = db.prepare<[number, number, number]>(
      'INSERT OR IGNORE INTO like_sources(account_id, post_id, source_id) VALUES (?, ?, ?)',
    );
    // A later import's value wins, an absent one keeps the earlier: refreshPerson
    // (person-snapshots-repo.ts) recomputes the same from what each import stated.
    this.upsertPerson = db.prepare<
      [string, string, string | null, string | null, string | null, string, string | null, string]
    >(
      `INSERT INTO people(source_key, display_name, company, position, email, relationship, connected_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(source_key) DO UPDATE SET
         display_name = excluded.display_name,
         company = coalesce(excluded.company, company),
         position = coalesce(excluded.position, position),
         email = coalesce(excluded.email, email),
         relationship = excluded.relationship,
         connected_on = coalesce(excluded.connected_on, connected_on)`,
    );
    this.personId = db.prepare<[string], number>('SELECT id FROM people WHERE source_key = ?').pluck();
    this.insertPersonAccount = db.prepare<[number, number, string, string]>(
      'INSERT OR IGNORE INTO person_accounts(person_id, account_id, status, evidence) VALUES (?, ?, ?, ?)',
    );
    this.confirmPersonAccount = db.prepare<[string, number, number]>(
      `UPDATE person_accounts SET status = 'confirmed', evidence = ?
       WHERE person_id = ? AND account_id = ? AND status = 'suggested' AND decided = 0`,
    );
  }
}
