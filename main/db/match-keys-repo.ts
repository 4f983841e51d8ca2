import { accountKeys, contactKeys } from '../analysis/person-match/keys';
import { contactFacts, type PersonRow } from './contact-facts';
import type { Db } from './sqlite';

interface AccountRow {
  id: number;
  handle: string | null;
  name: string | null;
  bio: string | null;
  url: string | null;
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
  private readonly addPersonKey;
  private readonly addAccountKey;
  private readonly freshPerson;
  private readonly freshAccount;
  private readonly keyed;

  constructor(private readonly db: Db) {
    this.stalePeople = db.prepare<[], PersonRow>(
      `SELECT id, source_key AS sourceKey, display_name AS displayName, company, position, email, location,
         profile_url AS profileUrl
       FROM people WHERE match_keys_fresh = 0`,
    );
    this.staleAccounts = db.prepare<[], AccountRow>(
      // In pages: every row read turns fresh, so the next page starts after it.
      'SELECT id, handle, name, bio, url FROM accounts WHERE match_keys_fresh = 0 LIMIT 5000',
    );
    this.dropPersonKeys = db.prepare<[number]>('DELETE FROM person_match_keys WHERE person_id = ?');
    this.dropAccountKeys = db.prepare<[number]>('DELETE FROM account_match_keys WHERE account_id = ?');
    this.addPersonKey = db.prepare<[string, number]>(
      'INSERT OR IGNORE INTO person_match_keys(key, person_id) VALUES (?, ?)',
    );
    this.addAccountKey = db.prepare<[string, number]>(
      'INSERT OR IGNORE INTO account_match_keys(key, account_id) VALUES (?, ?)',
    );
    this.freshPerson = db.prepare<[number]>('UPDATE people SET match_keys_fresh = 1 WHERE id = ?');
    this.freshAccount = db.prepare<[number]>('UPDATE accounts SET match_keys_fresh = 1 WHERE id = ?');
    // Most stale accounts are new and have no keys to drop: one look per page instead of one per row.
    this.keyed = db
      .prepare<[string], number>(
        'SELECT DISTINCT account_id FROM account_match_keys WHERE account_id IN (SELECT value FROM json_each(?))',
      )
      .pluck();
  }

  /** Recomputes what changed; returns how many people and accounts it read. */
  refresh(): { people: number; accounts: number } {
    return this.db.transaction(() => {
      const people = this.stalePeople.all();
      for (const person of people) {
        this.dropPersonKeys.run(person.id);
        for (const key of contactKeys(contactFacts(person))) this.addPersonKey.run(key, person.id);
        this.freshPerson.run(person.id);
      }
      let accounts = 0;
      for (let page = this.staleAccounts.all(); page.length > 0; page = this.staleAccounts.all()) {
        accounts += page.length;
        const keyed = new Set(this.keyed.all(JSON.stringify(page.map((a) => a.id))));
        for (const account of page) {
          if (keyed.has(account.id)) this.dropAccountKeys.run(account.id);
          for (const key of accountKeys(account)) this.addAccountKey.run(key, account.id);
          this.freshAccount.run(account.id);
        }
      }
      return { people: people.length, accounts };
    })();
  }
}
