import type { Relationship } from '../../common/dto';
import type { Db } from './sqlite';

/** The user's people that no confirmed link ties to an account: no path can start from them. */
export class UnlinkedPeopleRepo {
  private readonly countStmt;
  private readonly personStmt;

  constructor(db: Db) {
    this.countStmt = db.prepare<[{ relationship: string | null; personId: number | null }], { n: number }>(
      `SELECT count(*) AS n FROM people p
       WHERE p.relationship <> 'me' AND (@relationship IS NULL OR p.relationship = @relationship)
         AND (@personId IS NULL OR p.id = @personId)
         AND NOT EXISTS (SELECT 1 FROM person_accounts pa WHERE pa.person_id = p.id AND pa.status = 'confirmed')`,
    );
    this.personStmt = db.prepare<
      [number],
      { personId: number; personName: string; relationship: Relationship }
    >(`SELECT id AS personId, display_name AS personName, relationship FROM people WHERE id = ?`);
  }

  count(filter: { relationship?: Relationship; personId?: number }): number {
    return this.countStmt.get({
      relationship: filter.relationship ?? null,
      personId: filter.personId ?? null,
    })!.n;
  }

  person(id: number) {
    return this.personStmt.get(id);
  }
}
