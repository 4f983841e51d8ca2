import type { PersonLinkDto, Relationship } from '../../common/dto';
import type { Db } from './sqlite';

const linkSelect = `
  SELECT pa.person_id AS personId, p.display_name AS personName, p.relationship,
         pa.account_id AS accountId, a.network, a.handle, a.name AS accountName, pa.status, pa.evidence
  FROM person_accounts pa
  JOIN people p ON p.id = pa.person_id
  JOIN accounts a ON a.id = pa.account_id`;

/** People (the user's contacts) and the accounts that are them. */
export class PeopleRepo {
  private readonly linksStmt;
  private readonly linksByStatusStmt;
  private readonly linkStmt;
  private readonly setStatusStmt;
  private readonly unlinkedPeople;
  private readonly sameName;
  private readonly suggest;

  constructor(private readonly db: Db) {
    this.linksStmt = db.prepare<[], PersonLinkDto>(`${linkSelect} ORDER BY p.display_name COLLATE NOCASE`);
    this.linksByStatusStmt = db.prepare<[string], PersonLinkDto>(
      `${linkSelect} WHERE pa.status = ? ORDER BY p.display_name COLLATE NOCASE`,
    );
    this.linkStmt = db.prepare<[number, number], PersonLinkDto>(
      `${linkSelect} WHERE pa.person_id = ? AND pa.account_id = ?`,
    );
    this.setStatusStmt = db.prepare<[{ status: string; evidence: string; person: number; account: number }]>(
      `INSERT INTO person_accounts(person_id, account_id, status, evidence, decided)
       VALUES (@person, @account, @status, @evidence, 1)
       ON CONFLICT(person_id, account_id) DO UPDATE SET status = @status, decided = 1,
         evidence = coalesce(evidence, @evidence)`,
    );
    this.unlinkedPeople = db.prepare<[], { id: number; display_name: string; company: string | null }>(
      `SELECT id, display_name, company FROM people p
       WHERE relationship != 'me'
         AND NOT EXISTS (SELECT 1 FROM person_accounts pa WHERE pa.person_id = p.id AND pa.status = 'confirmed')`,
    );
    this.sameName = db.prepare<[string], { id: number; bio: string | null }>(
      'SELECT id, bio FROM accounts WHERE name = ? COLLATE NOCASE LIMIT 4',
    );
    this.suggest = db.prepare<[number, number, string]>(
      "INSERT OR IGNORE INTO person_accounts(person_id, account_id, status, evidence) VALUES (?, ?, 'suggested', ?)",
    );
  }

  /** Every account confirmed as one of the user's people, with how close that person is. */
  confirmedAccounts(): {
    personId: number;
    personName: string;
    relationship: Relationship;
    tieOverride: number | null;
    accountId: number;
  }[] {
    return this.db
      .prepare(
        `SELECT p.id AS personId, p.display_name AS personName, p.relationship, p.tie_override AS tieOverride,
                pa.account_id AS accountId
         FROM people p JOIN person_accounts pa ON pa.person_id = p.id AND pa.status = 'confirmed'`,
      )
      .all() as {
      personId: number;
      personName: string;
      relationship: Relationship;
      tieOverride: number | null;
      accountId: number;
    }[];
  }

  links(status?: PersonLinkDto['status']): PersonLinkDto[] {
    return status ? this.linksByStatusStmt.all(status) : this.linksStmt.all();
  }

  link(personId: number, accountId: number): PersonLinkDto | undefined {
    return this.linkStmt.get(personId, accountId);
  }

  /** The user's decision: it sticks, later imports do not overrule it. */
  decide(personId: number, accountId: number, status: 'confirmed' | 'rejected'): void {
    this.setStatusStmt.run({ status, evidence: 'set by you', person: personId, account: accountId });
  }

  /**
   * Suggests accounts for people that have none confirmed: an account with exactly the person's
   * name, at most three of them (more is a common name, not evidence).
   */
  suggestLinks(): number {
    let added = 0;
    for (const person of this.unlinkedPeople.all()) {
      const candidates = this.sameName.all(person.display_name);
      if (candidates.length === 0 || candidates.length > 3) continue;
      for (const account of candidates) {
        const company = person.company?.trim();
        const companyInBio = company && account.bio?.toLowerCase().includes(company.toLowerCase());
        const evidence = companyInBio ? `same name; bio mentions ${company}` : 'same name';
        added += this.suggest.run(person.id, account.id, evidence).changes;
      }
    }
    return added;
  }
}

export type { Relationship };
