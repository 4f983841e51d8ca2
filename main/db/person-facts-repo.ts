import type { PersonFacts, Relationship } from '../../common/dto';
import type { Db } from './sqlite';

/** What the user changes about a person; absent fields stay as they are, null clears. */
export interface PersonFactsEdit {
  relationship?: Relationship;
  customerSince?: string | null;
  did?: string | null;
  says?: string | null;
}

interface FactsRow {
  known: 0 | 1;
  customerSince: string | null;
  did: string | null;
  says: string | null;
}

// Until the user writes a fact, "customer since" is the LinkedIn Connected On date.
const factsSelect = `
  SELECT f.person_key IS NOT NULL AS known,
         CASE WHEN f.person_key IS NULL THEN substr(p.connected_on, 1, 10) ELSE f.customer_since END AS customerSince,
         f.did, f.says
  FROM people p LEFT JOIN person_facts f ON f.person_key = p.source_key`;

/** The facts the user keeps per person (migration 007), used by the introduction drafts. */
export class PersonFactsRepo {
  private readonly getStmt;
  private readonly ensureStmt;
  private readonly updateStmt;
  private readonly relationshipStmt;

  constructor(private readonly db: Db) {
    this.getStmt = db.prepare<[number], FactsRow>(`${factsSelect} WHERE p.id = ?`);
    this.ensureStmt = db.prepare<[string, number]>(
      `INSERT OR IGNORE INTO person_facts(person_key, customer_since, updated_at)
       SELECT source_key, substr(connected_on, 1, 10), ? FROM people WHERE id = ?`,
    );
    this.updateStmt = db.prepare<
      [
        {
          id: number;
          setSince: number;
          since: string | null;
          setDid: number;
          did: string | null;
          setSays: number;
          says: string | null;
          relationship: string | null;
          now: string;
        },
      ]
    >(
      `UPDATE person_facts SET
         customer_since = CASE WHEN @setSince THEN @since ELSE customer_since END,
         did = CASE WHEN @setDid THEN @did ELSE did END,
         says = CASE WHEN @setSays THEN @says ELSE says END,
         relationship = coalesce(@relationship, relationship),
         updated_at = @now
       WHERE person_key = (SELECT source_key FROM people WHERE id = @id)`,
    );
    this.relationshipStmt = db.prepare<[string, number]>('UPDATE people SET relationship = ? WHERE id = ?');
  }

  /** The person's facts; all null for a person the workspace does not hold. */
  get(personId: number): PersonFacts {
    const row = this.getStmt.get(personId);
    return { customerSince: row?.customerSince ?? null, did: row?.did ?? null, says: row?.says ?? null };
  }

  /** Whether the user has written anything about this person (else "customer since" is a prefill). */
  edited(personId: number): boolean {
    return this.getStmt.get(personId)?.known === 1;
  }

  /** Applies the user's edit in one transaction; the chosen relationship outlives later imports. */
  update(personId: number, edit: PersonFactsEdit, now = new Date().toISOString()): void {
    this.db.transaction(() => {
      this.ensureStmt.run(now, personId);
      this.updateStmt.run({
        id: personId,
        setSince: edit.customerSince !== undefined ? 1 : 0,
        since: blankToNull(edit.customerSince),
        setDid: edit.did !== undefined ? 1 : 0,
        did: blankToNull(edit.did),
        setSays: edit.says !== undefined ? 1 : 0,
        says: blankToNull(edit.says),
        relationship: edit.relationship ?? null,
        now,
      });
      if (edit.relationship) this.relationshipStmt.run(edit.relationship, personId);
    })();
  }
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
