import type { DuplicateCandidate } from '../analysis/person-duplicates';
import type { Db } from './sqlite';

/** A merge as a person's page offers to undo it. */
export interface MergeSummary {
  id: number;
  keptId: number;
  otherId: number;
  otherName: string;
  mergedAt: string;
}

/** What the duplicate finder reads, and the pairs the user said are not the same person. */
export class PersonDuplicatesRepo {
  private readonly peopleStmt;
  private readonly mergedKeysStmt;
  private readonly rejectionsStmt;
  private readonly rejectStmt;
  private readonly keyOf;
  private readonly mergesIntoStmt;
  private readonly allMergesStmt;
  private readonly mergeStmt;

  constructor(db: Db) {
    this.peopleStmt = db.prepare<[], Omit<DuplicateCandidate, 'keys'> & { sourceKey: string }>(
      `SELECT p.id, p.source_key AS sourceKey, p.display_name AS displayName, p.company, p.email,
              p.profile_url AS profileUrl,
              (SELECT count(*) FROM person_sources s WHERE s.person_id = p.id) AS sourceCount
       FROM people p`,
    );
    this.mergedKeysStmt = db.prepare<[], { keptKey: string; otherKey: string }>(
      'SELECT kept_key AS keptKey, other_key AS otherKey FROM person_merges ORDER BY id',
    );
    this.rejectionsStmt = db
      .prepare<[], [string, string]>('SELECT key_a, key_b FROM person_duplicate_rejections')
      .raw();
    this.rejectStmt = db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO person_duplicate_rejections(key_a, key_b, decided_at) VALUES (?, ?, ?)',
    );
    this.keyOf = db.prepare<[number], string>('SELECT source_key FROM people WHERE id = ?').pluck();
    const mergeSelect = `SELECT id, kept_id AS keptId, other_id AS otherId, other_name AS otherName,
                                merged_at AS mergedAt FROM person_merges`;
    this.mergesIntoStmt = db.prepare<[number], MergeSummary>(
      `${mergeSelect} WHERE kept_id = ? ORDER BY id DESC`,
    );
    this.allMergesStmt = db.prepare<[], MergeSummary>(`${mergeSelect} ORDER BY id DESC`);
    this.mergeStmt = db.prepare<[number], MergeSummary>(`${mergeSelect} WHERE id = ?`);
  }

  /** Every person with their keys: their own, then those of the people merged into them. */
  candidates(): DuplicateCandidate[] {
    const merged = new Map<string, string[]>();
    for (const { keptKey, otherKey } of this.mergedKeysStmt.all()) {
      merged.set(keptKey, [...(merged.get(keptKey) ?? []), otherKey]);
    }
    const keysOf = (key: string): string[] => {
      const keys = [key];
      for (let i = 0; i < keys.length; i++) {
        for (const other of merged.get(keys[i]!) ?? []) if (!keys.includes(other)) keys.push(other);
      }
      return keys;
    };
    return this.peopleStmt.all().map(({ sourceKey, ...person }) => ({ ...person, keys: keysOf(sourceKey) }));
  }

  rejections(): [string, string][] {
    return this.rejectionsStmt.all();
  }

  /** The user says these two are not the same person: remembered by their source keys. */
  reject(personId: number, otherId: number, now = new Date().toISOString()): void {
    const a = this.keyOf.get(personId);
    const b = this.keyOf.get(otherId);
    if (a === undefined || b === undefined || a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    this.rejectStmt.run(low, high, now);
  }

  /** The merges into this person (or every merge) that can be undone, newest first. */
  mergesInto(personId?: number): MergeSummary[] {
    return personId === undefined ? this.allMergesStmt.all() : this.mergesIntoStmt.all(personId);
  }

  merge(mergeId: number): MergeSummary | undefined {
    return this.mergeStmt.get(mergeId);
  }
}
