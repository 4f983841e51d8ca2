import { AccountsWriteRepo, handlePlaceholderId, type IndexSuspension } from '../db/accounts-write-repo';
import { PersonSnapshotsRepo } from '../db/person-snapshots-repo';
import { RecordsWriteRepo } from '../db/records-write-repo';
import { SourcesRepo } from '../db/sources-repo';
import type { Db } from '../db/sqlite';
import type {
  AccountKey,
  AccountRecord,
  FollowRecord,
  ImportRecord,
  LikeRecord,
  PersonRecord,
  PostRecord,
  Relationship,
} from '../importers/records';
import { emptyCounts, type ImportCounts } from './summary';
import { domainOf } from '../importers/util/text';
import { repairLoneSurrogates } from '../importers/well-formed';
import { nameAccount, nameIfUnknown, unnamedOwnerWarning } from './name-account';
import { refreshProfile } from './refresh-profile';
import { CommunicationWriter } from './communication-writer';
import { ColleagueWriter } from './colleague-writer';
import { SUPPRESSED_REASON, SuppressionFilter } from './suppress';

export { refreshProfile };

/**
 * Account ids remembered by key within one import (authors and mentions repeat; followers do
 * not). 200,000 keys held about 100 MB of a million-edge import's heap; 50,000 keep peak RSS
 * under 400 MB at no measurable cost in speed.
 */
const CACHE_LIMIT = 50_000;
const MAX_WARNINGS = 200;
const MAX_EXAMPLES = 3;
/**
 * An import that creates at least this many accounts, and at least as many as the workspace
 * had, sets aside the accounts indexes no import reads and rebuilds them once at its end:
 * sorting once is cheaper than keeping them in order row by row.
 */
const SUSPEND_INDEXES_AFTER = 50_000;

export interface WriterOptions {
  suspendIndexesAfter?: number;
  /** The handle the user gave for the owner of a list the file names only by id. */
  ownerHandle?: string;
}

/** The profile an account record states, as stored in account_sources.profile_json. */
function snapshotJson(record: AccountRecord, handle: string | undefined): string {
  const snapshot: Record<string, unknown> = {};
  for (const field in record) {
    if (field !== 'type' && field !== 'key') snapshot[field] = record[field as keyof AccountRecord];
  }
  if (handle) snapshot['handle'] = handle;
  return JSON.stringify(snapshot);
}

function handleOf(key: AccountKey): string | undefined {
  return key.handle?.replace(/^@/, '') || undefined;
}

function cacheKeyOf(key: AccountKey, handle: string | undefined): string {
  return key.id
    ? `${key.network}\u0000i\u0000${key.id}`
    : `${key.network}\u0000h\u0000${handle?.toLowerCase()}`;
}

/**
 * Turns normalized records into rows, inside the caller's transaction. Every row it touches is
 * tied to this import's source row, so the import can be listed and removed exactly.
 */
export class ImportWriter {
  readonly added: ImportCounts = emptyCounts();
  readonly read: ImportCounts = emptyCounts();
  readonly skipped = new Map<string, { count: number; examples: string[] }>();
  readonly warnings: { message: string; where?: string }[] = [];
  ownerAccountId: number | null = null;
  capturedAt: string | null = null;
  /** A colleague's relationship file (issue 16), made on its first record. */
  colleagues: ColleagueWriter | null = null;
  /** Mail, calendar and LinkedIn activity (issue 16), made on the import's first such record. */
  communications: CommunicationWriter | null = null;

  private readonly accounts: AccountsWriteRepo;
  private readonly rows: RecordsWriteRepo;
  private readonly personSnapshots: PersonSnapshotsRepo;
  private readonly accountIds = new Map<string, number>();
  private readonly profiled = new Set<number>();
  /** Most workspaces have no handle-only accounts: then a new id needs no placeholder lookup. */
  private mayHavePlaceholders: boolean;

  /** Accounts above this id are this import's: it indexes them for full-text search at the end. */
  private readonly ftsAbove: number;
  private readonly suspendIndexesAt: number;
  private suspended: IndexSuspension | null = null;
  /** Texts whose lone surrogates were replaced, and the first record that held one. */
  private repairedTexts = 0;
  private firstRepaired: string | undefined;
  /** Leaves out accounts and contacts erased with "never import again"; null when there are none. */
  private readonly suppression: SuppressionFilter | null;

  constructor(
    private readonly db: Db,
    private readonly sourceId: number,
    private readonly defaultRelationship: Relationship,
    private readonly options: WriterOptions = {},
  ) {
    this.accounts = new AccountsWriteRepo(db);
    this.rows = new RecordsWriteRepo(db);
    this.personSnapshots = new PersonSnapshotsRepo(db);
    this.suppression = SuppressionFilter.for(db);
    this.mayHavePlaceholders = this.accounts.hasPlaceholders();
    this.ftsAbove = this.accounts.deferSearchIndex();
    this.suspendIndexesAt = Math.max(options.suspendIndexesAfter ?? SUSPEND_INDEXES_AFTER, this.ftsAbove);
  }

  write(incoming: ImportRecord): void {
    const record = this.suppression ? this.suppression.filter(incoming) : incoming;
    if (!record) return;
    const repaired = repairLoneSurrogates(record);
    if (repaired) this.noteRepaired(record, repaired);
    switch (record.type) {
      case 'account':
        return this.account(record);
      case 'follow':
        return this.follow(record);
      case 'post':
        return void this.post(record);
      case 'like':
        return this.like(record);
      case 'person':
        return this.person(record);
      case 'message':
      case 'meeting':
      case 'invitation':
      case 'own-position':
        this.communications ??= new CommunicationWriter(this.db, this.sourceId);
        return this.communications.write(record);
      case 'colleague-network':
      case 'colleague-tie':
        this.colleagues ??= new ColleagueWriter(this.db, this.sourceId);
        return this.colleagues.write(record);
      case 'skip': {
        const entry = this.skipped.get(record.reason) ?? { count: 0, examples: [] };
        entry.count += 1;
        if (record.where && entry.examples.length < MAX_EXAMPLES) entry.examples.push(record.where);
        this.skipped.set(record.reason, entry);
        return;
      }
      case 'warning':
        if (this.warnings.length < MAX_WARNINGS)
          this.warnings.push({ message: record.message, where: record.where });
        return;
      case 'source-info':
        if (record.owner) this.ownerAccountId = this.resolve(record.owner);
        if (record.capturedAt) this.capturedAt = record.capturedAt;
        return;
    }
  }

  /**
   * Applies the newest profile data to every account this import described, indexes the
   * accounts it created for full-text search and rebuilds any index it set aside. Must run
   * before the import's transaction commits.
   */
  finish(): void {
    if (this.repairedTexts) this.warnings.push(this.repairedWarning());
    const suppressed = this.suppression?.warning();
    if (suppressed) {
      this.warnings.push(suppressed);
      this.skipped.set(SUPPRESSED_REASON, { count: this.suppression!.suppressed, examples: [] });
    }
    for (const id of this.profiled) refreshProfile(this.accounts, id);
    this.suspended?.restore();
    this.suspended = null;
    this.nameOwner();
    this.accounts.indexDeferred(this.ftsAbove);
  }

  /**
   * The owner of a list the file names only by id: the handle the user gave, or else the name
   * that says it is unknown, with a warning on how to name it.
   */
  private nameOwner(): void {
    const owner = this.ownerAccountId;
    if (owner === null) return;
    if (this.options.ownerHandle) {
      const merged = nameAccount(this.db, owner, this.options.ownerHandle);
      // A row this import made for the owner that turned out to be an account it had is not new.
      if (owner > this.ftsAbove) this.added.accounts -= merged;
    } else if (nameIfUnknown(this.db, owner)) {
      this.warnings.push(unnamedOwnerWarning(this.db, owner, this.sourceId));
    }
  }

  private noteRepaired(record: ImportRecord, count: number): void {
    this.repairedTexts += count;
    this.firstRepaired ??= describeRecord(record);
  }

  private repairedWarning(): { message: string; where?: string } {
    const file = new SourcesRepo(this.db).fileName(this.sourceId);
    const texts = this.repairedTexts === 1 ? '1 text' : `${this.repairedTexts} texts`;
    const first = `first in ${this.firstRepaired}`;
    return {
      message: `${texts} held broken characters (lone UTF-16 surrogates); they were stored with � in their place.`,
      where: file ? `${file}, ${first}` : first,
    };
  }

  /** Finds or creates the account a key names, and ties it to this import. */
  resolve(key: AccountKey): number {
    const handle = handleOf(key);
    const cacheKey = cacheKeyOf(key, handle);
    const cached = this.accountIds.get(cacheKey);
    if (cached !== undefined) return cached;
    let id = this.insertsFirst(key, handle)
      ? this.accounts.insert(key.network, key.id!, handle ?? null)
      : undefined;
    if (id !== undefined) {
      this.created(key);
    } else {
      id = this.find(key, handle);
      if (id === undefined) {
        const externalId = key.id ?? handlePlaceholderId(handle!);
        id = this.accounts.insert(key.network, externalId, handle ?? null);
        if (id !== undefined) this.created(key);
        else id = this.accounts.idByExternalId(key.network, externalId)!;
      } else if (handle) {
        this.accounts.setHandleIfMissing(id, handle);
      }
    }
    this.accounts.linkSource(id, this.sourceId);
    this.remember(cacheKey, id);
    return id;
  }

  /**
   * Whether a missing account can simply be inserted (a conflict meaning it exists): when the
   * key has an id and no handle-only placeholder can be waiting for it.
   */
  private insertsFirst(key: AccountKey, handle: string | undefined): boolean {
    return Boolean(key.id) && (!handle || !this.mayHavePlaceholders);
  }

  private created(key: AccountKey): void {
    this.added.accounts += 1;
    if (!key.id) this.mayHavePlaceholders = true;
    if (this.added.accounts === this.suspendIndexesAt && !this.suspended) {
      this.suspended = this.accounts.suspendIndexes();
    }
  }

  /** The existing account a key names, promoting a handle-only placeholder once its id is known. */
  private find(key: AccountKey, handle: string | undefined): number | undefined {
    if (!key.id && !handle) throw new Error('An account key needs an id or a handle');
    if (!key.id) return this.accounts.idByHandle(key.network, handle!);
    const id = this.accounts.idByExternalId(key.network, key.id);
    if (id !== undefined || !handle) return id;
    if (!this.mayHavePlaceholders) return undefined;
    const placeholder = this.accounts.idByExternalId(key.network, handlePlaceholderId(handle));
    if (placeholder !== undefined) this.accounts.promotePlaceholder(placeholder, key.id);
    return placeholder;
  }

  private remember(cacheKey: string, id: number): void {
    if (this.accountIds.size >= CACHE_LIMIT) this.accountIds.clear();
    this.accountIds.set(cacheKey, id);
  }

  private account(record: AccountRecord): void {
    this.read.accounts += 1;
    const { key } = record;
    const handle = handleOf(key);
    const json = snapshotJson(record, handle);
    const observedAt = record.observedAt ?? null;
    const cacheKey = cacheKeyOf(key, handle);
    let id = this.accountIds.get(cacheKey);
    if (id === undefined) {
      let created = this.insertsFirst(key, handle)
        ? this.insertWithProfile(record, key.id!, handle)
        : undefined;
      if (created === undefined) {
        id = this.find(key, handle);
        if (id === undefined) {
          const externalId = key.id ?? handlePlaceholderId(handle!);
          created = this.insertWithProfile(record, externalId, handle);
          if (created === undefined) id = this.accounts.idByExternalId(key.network, externalId);
        }
      }
      if (created !== undefined) {
        // A new account is written once with its profile: no later refresh, one index update.
        this.accounts.putSnapshot(created, this.sourceId, observedAt, json);
        this.remember(cacheKey, created);
        return;
      }
      if (id === undefined) throw new Error(`Account ${key.id ?? handle} could not be stored`);
    }
    this.accounts.putSnapshot(id, this.sourceId, observedAt, json);
    this.remember(cacheKey, id);
    this.profiled.add(id);
  }

  /** Inserts a new account with the record's profile; undefined when the account exists. */
  private insertWithProfile(
    record: AccountRecord,
    externalId: string,
    handle: string | undefined,
  ): number | undefined {
    const id = this.accounts.insertWithProfile(record.key.network, externalId, {
      handle: handle ?? null,
      name: record.name,
      bio: record.bio,
      location: record.location,
      url: record.url,
      followersCount: record.followersCount,
      followingCount: record.followingCount,
      postsCount: record.postsCount,
      createdAt: record.createdAt,
      profileSeenAt: record.observedAt,
    });
    if (id !== undefined) this.created(record.key);
    return id;
  }

  private follow(record: FollowRecord): void {
    this.read.follows += 1;
    const follower = this.resolve(record.follower);
    const followee = this.resolve(record.followee);
    if (follower === followee) return;
    if (this.rows.addFollow(follower, followee, this.sourceId)) this.added.follows += 1;
  }

  private post(record: PostRecord): number {
    this.read.posts += 1;
    const author = record.author ? this.resolve(record.author) : null;
    const replyTo = record.replyToAccount ? this.resolve(record.replyToAccount) : null;
    const { id: postId, added } = this.rows.savePost(
      {
        network: record.network,
        externalId: record.id,
        authorId: author,
        createdAt: record.createdAt ?? null,
        text: record.text,
        kind: record.kind,
        replyToPostId: record.replyToPostId ?? null,
        replyToAccountId: replyTo,
        referencedPostId: record.referencedPostId ?? null,
        lang: record.lang ?? null,
        likeCount: record.likeCount ?? null,
        repostCount: record.repostCount ?? null,
        replyCount: record.replyCount ?? null,
        quoteCount: record.quoteCount ?? null,
      },
      this.sourceId,
    );
    if (added) this.added.posts += 1;
    for (const mention of record.mentions ?? []) this.rows.addMention(postId, this.resolve(mention));
    for (const tag of record.tags ?? []) if (tag) this.rows.addTag(postId, tag.replace(/^#/, ''));
    for (const url of record.links ?? []) {
      const domain = domainOf(url);
      if (domain) this.rows.addLink(postId, url, domain);
    }
    return postId;
  }

  private like(record: LikeRecord): void {
    this.read.likes += 1;
    const account = this.resolve(record.account);
    const { post } = record;
    const postId = this.post({
      type: 'post',
      network: post.network,
      id: post.id,
      author: post.author,
      createdAt: post.createdAt,
      text: post.text ?? '',
      kind: 'post',
    });
    this.read.posts -= 1; // the liked post is context, not a post this file holds
    if (this.rows.addLike(account, postId, record.likedAt ?? null, this.sourceId)) this.added.likes += 1;
  }

  private person(record: PersonRecord): void {
    this.read.people += 1;
    const relationship = record.relationship ?? this.defaultRelationship;
    const { id: personId, added } = this.rows.savePerson({
      sourceKey: record.sourceKey,
      displayName: record.displayName,
      company: record.company ?? null,
      position: record.position ?? null,
      email: record.email ?? null,
      relationship,
      connectedOn: record.connectedOn ?? null,
      location: record.location ?? null,
      profileUrl: record.profileUrl ?? null,
      createdAt: new Date().toISOString(),
    });
    if (added) this.added.people += 1;
    // What this file states, absent fields left out: removing another import falls back to it.
    this.personSnapshots.put(personId, this.sourceId, {
      displayName: record.displayName,
      company: record.company,
      position: record.position,
      email: record.email,
      relationship,
      connectedOn: record.connectedOn,
      location: record.location,
      profileUrl: record.profileUrl,
    });
    for (const link of record.accounts ?? []) {
      const accountId = this.resolve(link.key);
      if (this.rows.linkPersonAccount(personId, accountId, link.status, link.evidence)) this.added.links += 1;
    }
  }
}

/** The record in the user's words, for a warning's "first in …". */
function describeRecord(record: ImportRecord): string {
  switch (record.type) {
    case 'account':
      return `the account ${accountName(record.key)}`;
    case 'follow':
      return `the follow of ${accountName(record.followee)} by ${accountName(record.follower)}`;
    case 'post':
      return `the post ${record.id}`;
    case 'like':
      return `the like of the post ${record.post.id}`;
    case 'person':
      return `the contact ${record.displayName}`;
    case 'skip':
    case 'warning':
      return record.where ?? 'a note about the file';
    case 'source-info':
      return 'the details of whose file it is';
    case 'colleague-network':
      return `${record.colleagueName}’s details`;
    case 'colleague-tie':
      return `the person ${record.name}`;
    case 'message':
      return `the message ${record.messageKey}`;
    case 'meeting':
      return `the event ${record.uid}`;
    case 'invitation':
      return `the invitation of ${record.other.name ?? record.other.address}`;
    case 'own-position':
      return `the position at ${record.company}`;
  }
}

function accountName(key: AccountKey): string {
  const handle = handleOf(key);
  return handle ? `@${handle}` : `#${key.id}`;
}
