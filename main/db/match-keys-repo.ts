import { accountKeys, contactKeys } from '../analysis/person-match/keys';
import { contactFacts, type PersonRow } from './contact-facts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './sqlite';

interface AccountRow {
  id: number;
  handle: string | null;
  name: string | null;
  bio: string | null;
  url: string | null;
}

/** Stale accounts are read, keyed and marked fresh this many at a time. */
const PAGE = 5000;
/** Keys written per INSERT: one statement per key cost more than computing the keys. */
const ROWS_PER_INSERT = 200;

/**
 * Writes (key, id) pairs into a key table in statements of ROWS_PER_INSERT rows (the rest one by
 * one); a pair already there is left as it is.
 */
class KeyWriter {
  private readonly many: Statement<(string | number)[]>;
  private readonly one: Statement<[string | number, string | number]>;

  constructor(db: Db, table: 'person_match_keys' | 'account_match_keys', column: 'person_id' | 'account_id') {
    const rows = Array.from({ length: ROWS_PER_INSERT }, () => '(?, ?)').join(', ');
    this.many = db.prepare<(string | number)[]>(
      `INSERT OR IGNORE INTO ${table}(key, ${column}) VALUES ${rows}`,
    );
    this.one = db.prepare<[string | number, string | number]>(
      `INSERT OR IGNORE INTO ${table}(key, ${column}) VALUES (?, ?)`,
    );
  }

  /** `pairs` alternates keys and ids: key, id, key, id… */
  write(pairs: (string | number)[]): void {
    const full = pairs.length - (pairs.length % (2 * ROWS_PER_INSERT));
    for (let at = 0; at < full; at += 2 * ROWS_PER_INSERT)
      this.many.run(...pairs.slice(at, at + 2 * ROWS_PER_INSERT));
    for (let at = full; at < pairs.length; at += 2) this.one.run(pairs[at]!, pairs[at + 1]!);
  }
}

/**
 * The lookup keys of people and accounts (person_match_keys, account_match_keys), recomputed for
 * the rows a trigger marked stale (new rows start stale): one pass after each import.
 */
export class MatchKeysRepo {
  private readonly stalePeople;
  private readonly staleAccounts;
  private readonly dropPersonKeys;
  private readonly dropAccountKeys;
  private readonly personKeys;
  private readonly accountKeys;
  private readonly freshPerson;
  private readonly freshAccounts;

  constructor(private readonly db: Db) {
    this.stalePeople = db.prepare<[], PersonRow>(
      `SELECT id, source_key AS sourceKey, display_name AS displayName, company, position, email, location,
         profile_url AS profileUrl
       FROM people WHERE match_keys_fresh = 0`,
    );
    // A page is every stale account from its first id to its last: so one statement per page
    // drops their old keys and one marks them fresh.
    this.staleAccounts = db.prepare<[number], AccountRow>(
      `SELECT id, handle, name, bio, url FROM accounts WHERE match_keys_fresh = 0 AND id > ? ORDER BY id LIMIT ${PAGE}`,
    );
    this.dropAccountKeys = db.prepare<[number, number]>(
      `DELETE FROM account_match_keys WHERE account_id IN
         (SELECT id FROM accounts WHERE match_keys_fresh = 0 AND id BETWEEN ? AND ?)`,
    );
    this.freshAccounts = db.prepare<[number, number]>(
      'UPDATE accounts SET match_keys_fresh = 1 WHERE match_keys_fresh = 0 AND id BETWEEN ? AND ?',
    );
    this.dropPersonKeys = db.prepare<[number]>('DELETE FROM person_match_keys WHERE person_id = ?');
    this.freshPerson = db.prepare<[number]>('UPDATE people SET match_keys_fresh = 1 WHERE id = ?');
    this.personKeys = new KeyWriter(db, 'person_match_keys', 'person_id');
    this.accountKeys = new KeyWriter(db, 'account_match_keys', 'account_id');
  }

  /** Recomputes what changed; returns how many people and accounts it read. */
  refresh(): { people: number; accounts: number } {
    return this.db.transaction(() => {
      const people = this.stalePeople.all();
      const personPairs: (string | number)[] = [];
      for (const person of people) {
        this.dropPersonKeys.run(person.id);
        for (const key of contactKeys(contactFacts(person))) personPairs.push(key, person.id);
        this.freshPerson.run(person.id);
      }
      this.personKeys.write(personPairs);
      let accounts = 0;
      for (let page = this.staleAccounts.all(0); page.length > 0;) {
        accounts += page.length;
        const first = page[0]!.id;
        const last = page[page.length - 1]!.id;
        const pairs: (string | number)[] = [];
        for (const account of page) for (const key of accountKeys(account)) pairs.push(key, account.id);
        this.dropAccountKeys.run(first, last);
        this.accountKeys.write(pairs);
        this.freshAccounts.run(first, last);
        page = this.staleAccounts.all(last);
      }
      return { people: people.length, accounts };
    })();
  }
}
