import type { EraseCountsDto, EraseNoteDto, ErasePreviewDto } from '../../common/dto';
import { nothingErased } from '../../common/erase-words';
import { AppError } from '../../common/errors';
import { EraseRedaction } from './erase-redaction';
import type { ErasedTerms } from './erase-text';
import type { Db } from './sqlite';
import { TiesRepo } from './ties-repo';
import { eraseCommunicationsOf } from './communications-write-repo';
import { accountKeys, type SuppressedKey } from './suppression-repo';

/** Whom to erase, by what outlives row ids, so the same target can be erased from a backup too. */
export type EraseTarget =
  { kind: 'account'; network: string; externalId: string } | { kind: 'person'; sourceKey: string };

export interface EraseChoices {
  /** Notes (and what the user wrote about people) that mention them: keep the text or redact it. */
  notes: 'keep' | 'redact';
  /** For a person: also erase the accounts confirmed as theirs. */
  linkedAccounts: boolean;
}

/** How many of each kind of record went (or, in a preview, would go). */
export type EraseCounts = EraseCountsDto;
export type NoteMention = EraseNoteDto;

/** Who, what went and the notes that mention them; what the user types to confirm. */
export type EraseReport = ErasePreviewDto;

interface AccountRow {
  id: number;
  network: string;
  handle: string | null;
  name: string | null;
}

const PROVENANCE = ['account_sources', 'follow_sources', 'post_sources', 'like_sources', 'person_sources'];

class PreviewOnly extends Error {}

/**
 * What a preview counts as erased without deleting it: the accounts (deleting one cascades to its
 * follows, a million rows for a big account, which made a preview cost an erase) and the imports
 * that would go with them (deleting one cascades to its provenance rows).
 */
interface PreviewState {
  accounts: number[];
  sources: number[];
}

const inList = (column: string, list: string) => `${column} NOT IN (SELECT value FROM json_each(${list}))`;

/**
 * Erases an account or a person from one workspace file: every row about them, and their handle
 * and name in text that stays. Runs in one transaction; a preview runs the same and rolls back.
 * The bytes the rows leave in free pages, the WAL and the full-text segments are removed by
 * scrubFreedBytes (erase-scrub.ts), which the caller runs after.
 */
export class EraseRepo {
  private previewing: PreviewState | null = null;

  private readonly text: EraseRedaction;

  constructor(private readonly db: Db) {
    this.text = new EraseRedaction(db, (table, row) => this.previewedGone(table, row));
  }

  erase(target: EraseTarget, choices: EraseChoices): EraseReport {
    return this.db.transaction(() => this.eraseNow(target, choices)).immediate();
  }

  /**
   * What erase would do, without changing anything: the same steps in a transaction rolled back,
   * except that accounts, their follows and the imports that would go are counted, not deleted.
   */
  preview(target: EraseTarget, choices: EraseChoices): EraseReport {
    let report: EraseReport | undefined;
    this.previewing = { accounts: [], sources: [] };
    try {
      this.db
        .transaction(() => {
          report = this.eraseNow(target, choices);
          throw new PreviewOnly();
        })
        .immediate();
    } catch (error) {
      if (!(error instanceof PreviewOnly)) throw error;
    } finally {
      this.previewing = null;
    }
    return report!;
  }

  /** The account's target, or undefined when the workspace does not hold it. */
  accountTarget(accountId: number): EraseTarget | undefined {
    const row = this.db
      .prepare<[number], { network: string; externalId: string }>(
        'SELECT network, external_id AS externalId FROM accounts WHERE id = ?',
      )
      .get(accountId);
    return row && { kind: 'account', ...row };
  }

  personTarget(personId: number): EraseTarget | undefined {
    const key = this.db
      .prepare<[number], string>('SELECT source_key FROM people WHERE id = ?')
      .pluck()
      .get(personId);
    return key === undefined ? undefined : { kind: 'person', sourceKey: key };
  }

  /** Whether this file holds them at all (a backup from before they were imported does not). */
  holds(target: EraseTarget): boolean {
    if (target.kind === 'account') {
      return (
        this.db
          .prepare('SELECT 1 FROM accounts WHERE network = ? AND external_id = ?')
          .get(target.network, target.externalId) !== undefined
      );
    }
    return this.db.prepare('SELECT 1 FROM people WHERE source_key = ?').get(target.sourceKey) !== undefined;
  }

  /** Their handles and names as this file states them: to redact them outside it too. */
  termsOf(target: EraseTarget): ErasedTerms {
    if (target.kind === 'account') {
      const account = this.accountRow(target);
      return account ? this.accountTerms(account) : { handles: [], names: [] };
    }
    const personId = this.personId(target.sourceKey);
    return personId === undefined ? { handles: [], names: [] } : this.personTerms(personId).terms;
  }

  /** "Never import again": who an import must skip after this erase, by id (hashed when stored). */
  suppressionKeys(target: EraseTarget, choices: EraseChoices): SuppressedKey[] {
    if (target.kind === 'account') {
      const account = this.accountRow(target);
      return accountKeys(target.network, target.externalId, account?.handle ?? null);
    }
    const personId = this.personId(target.sourceKey);
    const keys: SuppressedKey[] = [{ network: 'person', externalId: target.sourceKey }];
    if (personId === undefined) return keys;
    for (const merge of this.mergesInto(personId))
      keys.push({ network: 'person', externalId: merge.otherKey });
    if (choices.linkedAccounts) {
      for (const account of this.linkedAccounts(personId)) {
        const externalId = this.db
          .prepare<[number], string>('SELECT external_id FROM accounts WHERE id = ?')
          .pluck()
          .get(account.id)!;
        keys.push(...accountKeys(account.network, externalId, account.handle));
      }
    }
    return keys;
  }

  private accountRow(target: { network: string; externalId: string }): AccountRow | undefined {
    return this.db
      .prepare<[string, string], AccountRow>(
        'SELECT id, network, handle, name FROM accounts WHERE network = ? AND external_id = ?',
      )
      .get(target.network, target.externalId);
  }

  private personId(sourceKey: string): number | undefined {
    return this.db
      .prepare<[string], number>('SELECT id FROM people WHERE source_key = ?')
      .pluck()
      .get(sourceKey);
  }

  private linkedAccounts(personId: number): AccountRow[] {
    return this.db
      .prepare<[number], AccountRow>(
        `SELECT a.id, a.network, a.handle, a.name FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id
         WHERE pa.person_id = ? AND pa.status = 'confirmed'`,
      )
      .all(personId);
  }

  private personTerms(personId: number): {
    terms: ErasedTerms;
    merges: { id: number; otherKey: string; otherName: string }[];
  } {
    const merges = this.mergesInto(personId);
    const person = this.db
      .prepare<[number], { name: string; email: string | null }>(
        'SELECT display_name AS name, email FROM people WHERE id = ?',
      )
      .get(personId)!;
    return {
      merges,
      terms: {
        handles: [],
        names: [person.name, ...merges.map((m) => m.otherName), ...(person.email ? [person.email] : [])],
      },
    };
  }

  private eraseNow(target: EraseTarget, choices: EraseChoices): EraseReport {
    const counts = nothingErased();
    const notes: NoteMention[] = [];
    if (target.kind === 'account') {
      const account = this.accountRow(target);
      if (!account) throw new AppError('BAD_REQUEST', 'This workspace does not hold that account.');
      this.eraseAccount(account, choices, counts, notes);
      const confirmText = account.handle ? `@${account.handle}` : (account.name ?? target.externalId);
      return { label: accountLabel(account), confirmText, counts, notes };
    }
    const person = this.db
      .prepare<[string], { id: number; name: string }>(
        'SELECT id, display_name AS name FROM people WHERE source_key = ?',
      )
      .get(target.sourceKey);
    if (!person) throw new AppError('BAD_REQUEST', 'This workspace does not hold that person.');
    this.erasePerson(person.id, target.sourceKey, choices, counts, notes);
    return { label: person.name, confirmText: person.name, counts, notes };
  }

  private run(sql: string, ...params: unknown[]): number {
    return this.db.prepare(sql).run(...params).changes;
  }

  private count(sql: string, ...params: unknown[]): number {
    return Number(
      this.db
        .prepare(sql)
        .pluck()
        .get(...params),
    );
  }

  private ids(sql: string, ...params: unknown[]): number[] {
    return this.db
      .prepare(sql)
      .pluck()
      .all(...params) as number[];
  }

  private eraseAccount(
    account: AccountRow,
    choices: EraseChoices,
    counts: EraseCounts,
    notes: NoteMention[],
  ) {
    const id = account.id;
    const terms = this.accountTerms(account);
    const sources = this.ids(
      `SELECT source_id FROM account_sources WHERE account_id = @id
       UNION SELECT id FROM sources WHERE owner_account_id = @id
       UNION SELECT source_id FROM follow_sources WHERE follower_id = @id OR followee_id = @id
       UNION SELECT source_id FROM like_sources WHERE account_id = @id
       UNION SELECT ps.source_id FROM post_sources ps JOIN posts p ON p.id = ps.post_id WHERE p.author_id = @id`,
      { id },
    );
    notes.push(...this.text.notesMentioning(terms, id));

    // A repost is their words again: it goes with their posts. Quotes and replies are the
    // other person's words and stay, redacted below.
    counts.posts += this.run(
      `DELETE FROM posts WHERE kind = 'repost' AND network = @network AND referenced_post IN
         (SELECT external_id FROM posts WHERE author_id = @id)`,
      { id, network: account.network },
    );
    counts.posts += this.run('DELETE FROM posts WHERE author_id = ?', id);
    counts.likes += this.run('DELETE FROM likes WHERE account_id = ?', id);
    counts.follows += this.previewing
      ? this.count(
          `SELECT count(*) FROM follows WHERE (follower_id = @id OR followee_id = @id)
             AND ${inList('follower_id', '@gone')} AND ${inList('followee_id', '@gone')}`,
          { id, gone: JSON.stringify(this.previewing.accounts) },
        )
      : this.run('DELETE FROM follows WHERE follower_id = ? OR followee_id = ?', id, id);
    counts.prospects += this.run('DELETE FROM prospects WHERE account_id = ?', id);
    counts.categories += this.run('DELETE FROM account_categories WHERE account_id = ?', id);
    counts.categories += this.text.deleteMatching('category_rules', 'keyword', terms);
    counts.links += this.run('DELETE FROM person_accounts WHERE account_id = ?', id);
    counts.links += this.run(
      `DELETE FROM link_decisions WHERE (network, external_id) IN (SELECT network, external_id FROM accounts WHERE id = ?)`,
      id,
    );
    this.run(
      `DELETE FROM prospect_organisations WHERE (network, external_id) IN (SELECT network, external_id FROM accounts WHERE id = ?)`,
      id,
    );
    // A saved search naming them is a record of them: it goes (a redacted query finds nothing).
    counts.savedSearches += this.text.deleteMatching('saved_searches', 'query', terms);
    counts.savedSearches += this.text.deleteMatching('saved_searches', 'name', terms);
    if (account.handle) this.dropCompetitor(account.handle);
    this.run('UPDATE sources SET owner_account_id = NULL WHERE owner_account_id = ?', id);
    if (this.previewing) this.previewing.accounts.push(id);
    counts.accounts += this.previewing ? 1 : this.run('DELETE FROM accounts WHERE id = ?', id);
    counts.imports += this.deleteEmptySources(sources);
    this.text.redactEverywhere(terms, choices, counts);
  }

  /** Every handle and name the account had, as the row and each import stated them. */
  private accountTerms(account: AccountRow): ErasedTerms {
    const stated = this.db
      .prepare<[number], { handle: string | null; name: string | null }>(
        `SELECT json_extract(profile_json, '$.handle') AS handle, json_extract(profile_json, '$.name') AS name
         FROM account_sources WHERE account_id = ? AND json_valid(profile_json)`,
      )
      .all(account.id);
    const all = [{ handle: account.handle, name: account.name }, ...stated];
    return {
      handles: all.flatMap((s) => (typeof s.handle === 'string' ? [s.handle] : [])),
      names: all.flatMap((s) => (typeof s.name === 'string' ? [s.name] : [])),
    };
  }

  private erasePerson(
    personId: number,
    key: string,
    choices: EraseChoices,
    counts: EraseCounts,
    notes: NoteMention[],
  ) {
    const { merges, terms } = this.personTerms(personId);
    const keys = [key, ...merges.map((m) => m.otherKey)];
    if (choices.linkedAccounts) {
      for (const account of this.linkedAccounts(personId)) this.eraseAccount(account, choices, counts, notes);
    }
    const sources = this.ids('SELECT source_id FROM person_sources WHERE person_id = ?', personId);
    notes.push(...this.text.notesMentioning(terms, null));
    const inKeys = `(SELECT value FROM json_each(?))`;
    const keyList = JSON.stringify(keys);
    counts.personFacts += this.run(`DELETE FROM person_facts WHERE person_key IN ${inKeys}`, keyList);
    // The user's score for them and their place in colleagues' relationship files (issue 16).
    counts.personFacts += new TiesRepo(this.db).erasePerson(personId, keys);
    counts.links += this.run('DELETE FROM person_accounts WHERE person_id = ?', personId);
    counts.links += this.run(`DELETE FROM link_decisions WHERE person_key IN ${inKeys}`, keyList);
    this.run(
      `DELETE FROM person_duplicate_rejections WHERE key_a IN ${inKeys} OR key_b IN ${inKeys}`,
      keyList,
      keyList,
    );
    counts.merges += this.run(
      `DELETE FROM person_merges WHERE id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(merges.map((m) => m.id)),
    );
    counts.savedSearches += this.text.deleteMatching('saved_searches', 'query', terms);
    counts.savedSearches += this.text.deleteMatching('saved_searches', 'name', terms);
    eraseCommunicationsOf(this.db, personId);
    counts.people += this.run('DELETE FROM people WHERE id = ?', personId);
    counts.imports += this.deleteEmptySources(sources);
    this.text.redactEverywhere(terms, choices, counts);
  }

  /** The merges that made this person, and the merges that made those merged away, and so on. */
  private mergesInto(personId: number): { id: number; otherKey: string; otherName: string }[] {
    return this.db
      .prepare<[number], { id: number; otherKey: string; otherName: string }>(
        `WITH RECURSIVE chain(id, other_id, other_key, other_name) AS (
           SELECT id, other_id, other_key, other_name FROM person_merges WHERE kept_id = ?
           UNION SELECT m.id, m.other_id, m.other_key, m.other_name FROM person_merges m JOIN chain c ON m.kept_id = c.other_id
         )
         SELECT id, other_key AS otherKey, other_name AS otherName FROM chain`,
      )
      .all(personId);
  }

  private dropCompetitor(handle: string): void {
    const json = this.db
      .prepare<[], string>("SELECT value FROM workspace_meta WHERE key = 'pursuit'")
      .pluck()
      .get();
    if (!json) return;
    const pursuit = JSON.parse(json) as { competitors?: { handles?: string[] } };
    const handles = pursuit.competitors?.handles;
    if (!handles) return;
    const bare = handle.replace(/^@/, '').toLowerCase();
    pursuit.competitors!.handles = handles.filter((h) => h.replace(/^@/, '').toLowerCase() !== bare);
    this.run("UPDATE workspace_meta SET value = ? WHERE key = 'pursuit'", JSON.stringify(pursuit));
  }

  /** Imports that brought only them: with nothing left to point at, their file names go too. */
  private deleteEmptySources(sourceIds: number[]): number {
    // Rows of accounts a preview counts as gone do not hold an import: the erase deletes them.
    const still: Record<string, string> = {
      account_sources: ` AND ${inList('account_id', '@gone')}`,
      follow_sources: ` AND ${inList('follower_id', '@gone')} AND ${inList('followee_id', '@gone')}`,
    };
    const holds = PROVENANCE.map(
      (t) => `EXISTS (SELECT 1 FROM ${t} WHERE source_id = s.id${still[t] ?? ''})`,
    ).join(' OR ');
    const empty = this.ids(
      `SELECT s.id FROM sources s WHERE s.id IN (SELECT value FROM json_each(@ids))
         AND ${inList('s.id', '@goneSources')} AND NOT (${holds})`,
      {
        ids: JSON.stringify(sourceIds),
        gone: JSON.stringify(this.previewing?.accounts ?? []),
        goneSources: JSON.stringify(this.previewing?.sources ?? []),
      },
    );
    if (this.previewing) {
      this.previewing.sources.push(...empty);
      return empty.length;
    }
    return this.run(
      'DELETE FROM sources WHERE id IN (SELECT value FROM json_each(?))',
      JSON.stringify(empty),
    );
  }

  /** A row a preview counts as erased (its account or import), which redaction must pass over. */
  private previewedGone(table: string, row: Record<string, unknown>): boolean {
    if (!this.previewing) return false;
    if (table === 'accounts') return this.previewing.accounts.includes(row['id'] as number);
    if (table === 'account_sources') return this.previewing.accounts.includes(row['account_id'] as number);
    if (table === 'sources') return this.previewing.sources.includes(row['id'] as number);
    return false;
  }
}

function accountLabel(account: AccountRow): string {
  if (account.handle && account.name) return `@${account.handle} (${account.name})`;
  return account.handle ? `@${account.handle}` : (account.name ?? `an account on ${account.network}`);
}
