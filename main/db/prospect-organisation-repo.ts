import type { Relationship } from '../../common/dto';
import type { OrganisationContact } from '../analysis/prospect-organisation';
import type { Db } from './sqlite';

interface ContactRow {
  personId: number;
  name: string;
  company: string | null;
  position: string | null;
  relationship: Relationship;
  formats: string | null;
  since: string | null;
}

/** The organisation a prospect works for (as the user set it), and the contacts who name one. */
export class ProspectOrganisationRepo {
  private readonly getStmt;
  private readonly setStmt;
  private readonly clearStmt;
  private readonly contactsStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[number], { organisation: string }>(
      `SELECT o.organisation FROM accounts a
       JOIN prospect_organisations o ON o.network = a.network AND o.external_id = a.external_id
       WHERE a.id = ?`,
    );
    this.setStmt = db.prepare<[string, string, number]>(
      `INSERT INTO prospect_organisations(network, external_id, organisation, updated_at)
       SELECT network, external_id, ?, ? FROM accounts WHERE id = ?
       ON CONFLICT (network, external_id) DO UPDATE SET
         organisation = excluded.organisation, updated_at = excluded.updated_at`,
    );
    this.clearStmt = db.prepare<[number]>(
      `DELETE FROM prospect_organisations
       WHERE (network, external_id) = (SELECT network, external_id FROM accounts WHERE id = ?)`,
    );
    // "Customer since" as the People view shows it: the user's, else LinkedIn's Connected On.
    this.contactsStmt = db.prepare<[], ContactRow>(
      `SELECT p.id AS personId, p.display_name AS name, p.company, p.position, p.relationship,
              (SELECT group_concat(format) FROM (
                 SELECT DISTINCT s.format FROM person_sources ps JOIN sources s ON s.id = ps.source_id
                 WHERE ps.person_id = p.id ORDER BY s.id)) AS formats,
              CASE WHEN f.person_key IS NULL THEN substr(p.connected_on, 1, 10) ELSE f.customer_since END AS since
       FROM people p LEFT JOIN person_facts f ON f.person_key = p.source_key
       WHERE (p.company IS NOT NULL OR p.position IS NOT NULL) AND p.relationship <> 'me'`,
    );
  }

  organisationOf(accountId: number): string | null {
    return this.getStmt.get(accountId)?.organisation ?? null;
  }

  /** Sets (or, with null or blank, clears) the organisation the user says the prospect works for. */
  setOrganisation(accountId: number, organisation: string | null, now: string): void {
    const text = organisation?.trim();
    if (text) this.setStmt.run(text, now, accountId);
    else this.clearStmt.run(accountId);
  }

  /** Every contact with a company or position: a few thousand at most, matched in memory. */
  contactsWithEmployer(): OrganisationContact[] {
    return this.contactsStmt.all().map((row) => ({
      ...row,
      formats: row.formats ? row.formats.split(',') : [],
    }));
  }
}
