import type { MatchEvidence, PersonLinkDto, Relationship } from '../../common/dto';
import { PersonMatchingRepo } from './person-matching-repo';
import type { Db } from './sqlite';

// Confirmed is certain and rejected is out, whatever the matcher said; a suggestion from a contact
// record carries no estimate and sits at the middle.
const linkSelect = `
  SELECT pa.person_id AS personId, p.display_name AS personName, p.relationship,
         pa.account_id AS accountId, a.network, a.handle, a.name AS accountName, pa.status, pa.evidence,
         CASE pa.status WHEN 'confirmed' THEN 1.0 WHEN 'rejected' THEN 0.0 ELSE coalesce(pa.confidence, 0.5) END
           AS confidence,
         pa.evidence_json AS evidenceJson, pa.decided
  FROM person_accounts pa
  JOIN people p ON p.id = pa.person_id
  JOIN accounts a ON a.id = pa.account_id`;
const linkOrder = 'ORDER BY confidence DESC, p.display_name COLLATE NOCASE, a.handle COLLATE NOCASE';

type LinkRow = Omit<PersonLinkDto, 'evidenceItems'> & { evidenceJson: string | null; decided: 0 | 1 };

function toDto({ evidenceJson, decided, ...link }: LinkRow): PersonLinkDto {
  const items = evidenceJson ? (JSON.parse(evidenceJson) as MatchEvidence[]) : [];
  if (decided) {
    const confirmed = link.status === 'confirmed';
    items.unshift({
      kind: 'decision',
      text: confirmed ? 'you confirmed it' : 'you said it is not them',
      effect: confirmed ? 'for' : 'against',
    });
  } else if (link.status === 'confirmed' && link.evidence) {
    items.unshift({ kind: 'contact-record', text: link.evidence, effect: 'for' });
  }
  return { ...link, evidenceItems: items };
}

/** People (the user's contacts) and the accounts that are them. */
export class PeopleRepo {
  private readonly linksStmt;
  private readonly linksByStatusStmt;
  private readonly linkStmt;
  private readonly setStatusStmt;
  private readonly rememberStmt;
  private readonly dropOtherSuggestions;
  private readonly existsStmt;

  constructor(private readonly db: Db) {
    this.linksStmt = db.prepare<[], LinkRow>(`${linkSelect} ${linkOrder}`);
    this.linksByStatusStmt = db.prepare<[string], LinkRow>(`${linkSelect} WHERE pa.status = ? ${linkOrder}`);
    this.linkStmt = db.prepare<[number, number], LinkRow>(
      `${linkSelect} WHERE pa.person_id = ? AND pa.account_id = ?`,
    );
    this.setStatusStmt = db.prepare<[{ status: string; evidence: string; person: number; account: number }]>(
      `INSERT INTO person_accounts(person_id, account_id, status, evidence, decided)
       VALUES (@person, @account, @status, @evidence, 1)
       ON CONFLICT(person_id, account_id) DO UPDATE SET status = @status, decided = 1,
         evidence = coalesce(evidence, @evidence)`,
    );
    // Kept by the person's source key and the account's network id, which survive removing and
    // importing again; the rows above do not.
    this.rememberStmt = db.prepare<[string, number, number]>(
      `INSERT INTO link_decisions(person_key, network, external_id, status)
       SELECT p.source_key, a.network, a.external_id, ? FROM people p, accounts a WHERE p.id = ? AND a.id = ?
       ON CONFLICT DO UPDATE SET status = excluded.status`,
    );
    // An account is one person, and a person has one account per network: the rest of the queue goes.
    this.dropOtherSuggestions = db.prepare<[number, number, number, number]>(
      `DELETE FROM person_accounts
       WHERE status = 'suggested' AND decided = 0
         AND ((account_id = ? AND person_id != ?)
           OR (person_id = ? AND account_id IN (
                SELECT o.id FROM accounts o JOIN accounts a ON a.id = ? AND o.network = a.network AND o.id != a.id)))`,
    );
    this.existsStmt = db.prepare<[number], number>('SELECT 1 FROM people WHERE id = ?').pluck();
  }

  exists(personId: number): boolean {
    return this.existsStmt.get(personId) !== undefined;
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

  /** Most likely first: confirmed, then suggestions by confidence, then rejected. */
  links(status?: PersonLinkDto['status']): PersonLinkDto[] {
    return (status ? this.linksByStatusStmt.all(status) : this.linksStmt.all()).map(toDto);
  }

  link(personId: number, accountId: number): PersonLinkDto | undefined {
    const row = this.linkStmt.get(personId, accountId);
    return row && toDto(row);
  }

  /** The user's decision: it sticks, later imports (and removing and importing again) do not overrule it. */
  decide(personId: number, accountId: number, status: 'confirmed' | 'rejected'): void {
    this.db.transaction(() => {
      this.setStatusStmt.run({ status, evidence: 'set by you', person: personId, account: accountId });
      this.rememberStmt.run(status, personId, accountId);
      if (status === 'confirmed') this.dropOtherSuggestions.run(accountId, personId, personId, accountId);
    })();
  }

  /**
   * Suggests accounts for people by the matcher (main/analysis/person-match), replacing the
   * previous suggestions the user has not decided on; returns how many are new.
   */
  suggestLinks(): number {
    return new PersonMatchingRepo(this.db).suggest();
  }
}

export type { Relationship };
