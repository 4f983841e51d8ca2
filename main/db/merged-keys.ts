import type { Db } from './sqlite';

/**
 * The person a source key stands for now: itself, or the person it was merged into (following
 * merges of merges). One parameter, the key; answers the kept person's source key, or nothing.
 */
export const currentKeySql = `
  WITH RECURSIVE chain(key) AS (
    SELECT ?
    UNION SELECT m.kept_key FROM person_merges m JOIN chain c ON m.other_key = c.key)
  SELECT p.source_key FROM chain JOIN people p ON p.source_key = chain.key LIMIT 1`;

/**
 * What imports need to respect merges (migration 010): a merged-away person's key stands for the
 * kept person, and a merged-away person's id stays free, so that undoing the merge gives it back.
 */
export class MergedKeys {
  private readonly currentStmt;
  private readonly moveStmt;
  private readonly nameStmt;

  constructor(db: Db) {
    this.currentStmt = db.prepare<[string], string>(currentKeySql).pluck();
    // SQLite gives a new row the highest id + 1, which is a merged-away person's when theirs was highest.
    this.moveStmt = db
      .prepare<[number], number>(
        `UPDATE people SET id = (SELECT max(top) + 1 FROM (
           SELECT max(id) AS top FROM people UNION ALL SELECT max(other_id) FROM person_merges))
         WHERE id = ? AND id IN (SELECT other_id FROM person_merges)
         RETURNING id`,
      )
      .pluck();
    this.nameStmt = db
      .prepare<[string], string>('SELECT display_name FROM people WHERE source_key = ?')
      .pluck();
  }

  /** The key to save a person under: the kept person's when theirs was merged into another. */
  current(sourceKey: string): string {
    return this.currentStmt.get(sourceKey) ?? sourceKey;
  }

  /** The name of the person with this source key (one `current` answered). */
  nameOf(sourceKey: string): string {
    return this.nameStmt.get(sourceKey)!;
  }

  /** A person just added, moved off a merged-away person's id if they got one; their id. */
  keepFree(newPersonId: number): number {
    return this.moveStmt.get(newPersonId) ?? newPersonId;
  }
}
