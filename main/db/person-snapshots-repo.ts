import type { Relationship } from '../../common/dto';
import type { Db } from './sqlite';

/** What one import states about a person, as stored in person_sources.profile_json. */
export interface PersonProfile {
  displayName: string;
  company?: string | null;
  position?: string | null;
  email?: string | null;
  relationship: Relationship;
  connectedOn?: string | null;
  location?: string | null;
  profileUrl?: string | null;
}

/**
 * Ties people to the imports that mention them, with what each import stated, and sets a
 * person's fields from those statements.
 */
export class PersonSnapshotsRepo {
  private readonly putStmt;
  private readonly ofPerson;
  private readonly apply;

  constructor(db: Db) {
    // A file that mentions a person twice gets one statement, merged as the fields are (a later
    // row's value wins, an absent one keeps the earlier): json_patch drops no key the patch lacks.
    this.putStmt = db.prepare<[personId: number, sourceId: number, profileJson: string]>(
      `INSERT INTO person_sources(person_id, source_id, profile_json) VALUES (?, ?, ?)
       ON CONFLICT(person_id, source_id) DO UPDATE
         SET profile_json = json_patch(coalesce(profile_json, '{}'), excluded.profile_json)`,
    );
    // Newest import first: the order in which imports update people (see RecordsWriteRepo.savePerson).
    this.ofPerson = db
      .prepare<[number], string>(
        `SELECT profile_json FROM person_sources WHERE person_id = ? AND profile_json IS NOT NULL
         ORDER BY source_id DESC`,
      )
      .pluck();
    this.apply = db.prepare<
      [
        displayName: string | null,
        company: string | null,
        position: string | null,
        email: string | null,
        relationship: string | null,
        connectedOn: string | null,
        location: string | null,
        profileUrl: string | null,
        id: number,
      ]
    >(
      `UPDATE people SET display_name = coalesce(?, display_name), company = ?, position = ?, email = ?,
         relationship = coalesce(?, relationship), connected_on = ?, location = ?,
         -- A connection keyed by its LinkedIn page states it by that key (imports before 009 said no more).
         profile_url = coalesce(?, CASE WHEN source_key LIKE 'linkedin.com/in/%' THEN source_key END)
       WHERE id = ?`,
    );
  }

  /** Records what an import states about a person; absent fields are left out, not nulled. */
  put(personId: number, sourceId: number, profile: PersonProfile): void {
    this.putStmt.run(personId, sourceId, JSON.stringify(profile));
  }

  /** What each import still in the workspace states about a person, newest import first. */
  statements(personId: number): Partial<PersonProfile>[] {
    return this.ofPerson.all(personId).map((json) => JSON.parse(json) as Partial<PersonProfile>);
  }

  /**
   * Sets a person's fields from the imports that still mention them: per field, the newest that
   * states it, the rule imports themselves follow. A person with no statement left is unchanged.
   */
  refresh(personId: number): void {
    const statements = this.statements(personId);
    if (statements.length === 0) return;
    const merged: Partial<PersonProfile> = {};
    for (const snapshot of statements) {
      for (const [field, value] of Object.entries(snapshot)) {
        if (value !== undefined && value !== null && !(field in merged)) {
          (merged as Record<string, unknown>)[field] = value;
        }
      }
    }
    this.apply.run(
      merged.displayName ?? null,
      merged.company ?? null,
      merged.position ?? null,
      merged.email ?? null,
      merged.relationship ?? null,
      merged.connectedOn ?? null,
      merged.location ?? null,
      merged.profileUrl ?? null,
      personId,
    );
  }
}
