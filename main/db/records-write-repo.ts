import type { Relationship } from '../../common/dto';
import { MergedKeys } from './merged-keys';
import type { Db } from './sqlite';

/** A post as an import states it (null: not stated). */
export interface PostColumns {
  network: string;
  externalId: string;
  authorId: number | null;
  createdAt: string | null;
  text: string;
  kind: string;
  replyToPostId: string | null;
  replyToAccountId: number | null;
  referencedPostId: string | null;
  lang: string | null;
  likeCount: number | null;
  repostCount: number | null;
  replyCount: number | null;
  quoteCount: number | null;
}

/** A person as an import states them. */
export interface PersonColumns {
  sourceKey: string;
  displayName: string;
  company: string | null;
  position: string | null;
  email: string | null;
  relationship: Relationship;
  connectedOn: string | null;
  location?: string | null;
  profileUrl?: string | null;
  createdAt: string;
}

/** A row an import saved: its id, and whether this import created it. */
export interface Saved {
  id: number;
  added: boolean;
}

/** How the import writer stores follows, posts, likes and people (see PersonSnapshotsRepo). */
export class RecordsWriteRepo {
  private readonly insertFollow;
  private readonly linkFollow;
  private readonly insertPost;
  private readonly postId;
  private readonly fillPost;
  private readonly linkPost;
  private readonly insertMention;
  private readonly insertTag;
  private readonly insertLink;
  private readonly insertLike;
  private readonly linkLike;
  private readonly upsertPerson;
  private readonly personId;
  private readonly insertPersonAccount;
  private readonly confirmPersonAccount;
  private readonly mergedKeys;

  constructor(db: Db) {
    this.insertFollow = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO follows(follower_id, followee_id) VALUES (?, ?)',
    );
    this.linkFollow = db.prepare<[number, number, number]>(
      'INSERT OR IGNORE INTO follow_sources(follower_id, followee_id, source_id) VALUES (?, ?, ?)',
    );
    this.insertPost = db.prepare<PostColumns>(
      `INSERT OR IGNORE INTO posts(network, external_id, author_id, created_at, text, kind, reply_to_post,
         reply_to_account_id, referenced_post, lang, like_count, repost_count, reply_count, quote_count)
       VALUES (@network, @externalId, @authorId, @createdAt, @text, @kind, @replyToPostId, @replyToAccountId,
         @referencedPostId, @lang, @likeCount, @repostCount, @replyCount, @quoteCount)`,
    );
    this.postId = db
      .prepare<[string, string], number>('SELECT id FROM posts WHERE network = ? AND external_id = ?')
      .pluck();
    // A later, fuller record of the same post fills what an earlier one lacked (a liked post's
    // stub gains its author; a truncated text is replaced by a longer one).
    this.fillPost = db.prepare<PostColumns & { id: number }>(
      `UPDATE posts SET
         author_id = coalesce(author_id, @authorId),
         created_at = coalesce(created_at, @createdAt),
         text = CASE WHEN length(@text) > length(text) THEN @text ELSE text END,
         kind = CASE WHEN kind = 'post' THEN @kind ELSE kind END,
         reply_to_post = coalesce(reply_to_post, @replyToPostId),
         reply_to_account_id = coalesce(reply_to_account_id, @replyToAccountId),
         referenced_post = coalesce(referenced_post, @referencedPostId),
         lang = coalesce(lang, @lang),
         like_count = coalesce(@likeCount, like_count),
         repost_count = coalesce(@repostCount, repost_count),
         reply_count = coalesce(@replyCount, reply_count),
         quote_count = coalesce(@quoteCount, quote_count)
       WHERE id = @id`,
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
    // A later import's value wins, an absent one keeps the earlier: PersonSnapshotsRepo.refresh
    // recomputes the same from what each import stated.
    this.upsertPerson = db.prepare<PersonColumns>(
      `INSERT INTO people(source_key, display_name, company, position, email, relationship, connected_on,
                          location, profile_url, created_at)
       VALUES (@sourceKey, @displayName, @company, @position, @email, @relationship, @connectedOn,
               @location, @profileUrl, @createdAt)
       ON CONFLICT(source_key) DO UPDATE SET
         display_name = excluded.display_name,
         company = coalesce(excluded.company, company),
         position = coalesce(excluded.position, position),
         email = coalesce(excluded.email, email),
         relationship = excluded.relationship,
         connected_on = coalesce(excluded.connected_on, connected_on),
         location = coalesce(excluded.location, location),
         profile_url = coalesce(excluded.profile_url, profile_url)`,
    );
    this.personId = db.prepare<[string], number>('SELECT id FROM people WHERE source_key = ?').pluck();
    this.mergedKeys = new MergedKeys(db);
    this.insertPersonAccount = db.prepare<[number, number, string, string]>(
      'INSERT OR IGNORE INTO person_accounts(person_id, account_id, status, evidence) VALUES (?, ?, ?, ?)',
    );
    this.confirmPersonAccount = db.prepare<[string, number, number]>(
      `UPDATE person_accounts SET status = 'confirmed', evidence = ?
       WHERE person_id = ? AND account_id = ? AND status = 'suggested' AND decided = 0`,
    );
  }

  /** Adds a follow and ties it to the import; true when the follow is new to the workspace. */
  addFollow(followerId: number, followeeId: number, sourceId: number): boolean {
    const added = this.insertFollow.run(followerId, followeeId).changes > 0;
    this.linkFollow.run(followerId, followeeId, sourceId);
    return added;
  }

  /** Adds a post, or fills what an earlier record of it lacked, and ties it to the import. */
  savePost(post: PostColumns, sourceId: number): Saved {
    const added = this.insertPost.run(post).changes > 0;
    const id = this.postId.get(post.network, post.externalId)!;
    if (!added) this.fillPost.run({ ...post, id });
    this.linkPost.run(id, sourceId);
    return { id, added };
  }

  addMention(postId: number, accountId: number): void {
    this.insertMention.run(postId, accountId);
  }

  addTag(postId: number, tag: string): void {
    this.insertTag.run(postId, tag);
  }

  addLink(postId: number, url: string, domain: string): void {
    this.insertLink.run(postId, url, domain);
  }

  /** Adds a like and ties it to the import; true when the like is new to the workspace. */
  addLike(accountId: number, postId: number, likedAt: string | null, sourceId: number): boolean {
    const added = this.insertLike.run(accountId, postId, likedAt).changes > 0;
    this.linkLike.run(accountId, postId, sourceId);
    return added;
  }

  /**
   * Adds a person, or merges into the one with the same source key, or into the person that key
   * was merged into (a merged-away record imported again updates the kept person).
   */
  savePerson(person: PersonColumns): Saved {
    const sourceKey = this.mergedKeys.current(person.sourceKey);
    const existed = this.personId.get(sourceKey) !== undefined;
    // A merged-away record imported again keeps the name of the person the user chose to keep.
    const displayName =
      sourceKey === person.sourceKey ? person.displayName : this.mergedKeys.nameOf(sourceKey);
    this.upsertPerson.run({ location: null, profileUrl: null, ...person, sourceKey, displayName });
    const id = this.personId.get(sourceKey)!;
    return { id: existed ? id : this.mergedKeys.keepFree(id), added: !existed };
  }

  /**
   * Links a person to an account; true when the link is new. A confirmed link upgrades a
   * suggested one, unless the user decided it.
   */
  linkPersonAccount(
    personId: number,
    accountId: number,
    status: 'confirmed' | 'suggested',
    evidence: string,
  ): boolean {
    if (this.insertPersonAccount.run(personId, accountId, status, evidence).changes > 0) return true;
    if (status === 'confirmed') this.confirmPersonAccount.run(evidence, personId, accountId);
    return false;
  }
}
