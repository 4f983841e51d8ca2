import type { Relationship } from '../../common/dto';
import { AppError } from '../../common/errors';
import { mergedFacts, type FactsRow } from './merged-facts';
import type { Db } from './sqlite';

type Row = Record<string, unknown>;

/** A person as a merge found them: enough to put them back exactly. */
interface PersonState {
  row: Row;
  sources: Row[];
  accounts: Row[];
  facts: FactsRow | null;
  decisions: Row[];
  rejections: Row[];
}

interface MergeRecord {
  kept: PersonState;
  other: PersonState;
  /** Rejected pairs the merge wrote with the kept person's key, for undo to take away. */
  movedRejections: [string, string][];
  /**
   * The kept person's row and facts as the merge left them. Undo puts back only the fields still
   * so: whatever the user typed or chose (or an import brought) after the merge stays.
   */
  after?: { row: Row; facts: FactsRow | null };
}

export interface MergeRequest {
  keepId: number;
  otherId: number;
  /** The relationship the user chose for the merged person; else theirs as set before. */
  relationship?: Relationship;
}

const FACT_FIELDS = ['customer_since', 'did', 'says', 'relationship', 'updated_at'];

/**
 * What undo puts back for the kept person: each field as it was before the merge, unless it
 * changed after the merge (an edit or an import since), in which case the current value stays.
 */
function sinceMerge<T extends object>(
  beforeRow: T | null,
  mergedRow: T | null,
  currentRow: T | null,
  fields: string[],
): T | null {
  const [before, merged, current] = [beforeRow, mergedRow, currentRow] as (Row | null)[];
  if (!merged || !current) return beforeRow;
  const changed = fields.filter((name) => name !== 'updated_at' && current[name] !== merged[name]);
  if (!changed.length) return beforeRow;
  // A person without facts before the merge gets back only what was typed since.
  const restored: Row = before
    ? { ...before }
    : { ...current, ...Object.fromEntries(fields.map((name) => [name, null])) };
  for (const name of changed) restored[name] = current[name];
  if ('updated_at' in current) restored.updated_at = current.updated_at;
  return restored as T;
}

// Column names come from SQLite's own rows; checked anyway, since they are written into SQL.
const column = (name: string) => {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`unexpected column ${name}`);
  return name;
};

/**
 * Merges one person into another and undoes it. A merge moves the other's sources (provenance),
 * account links, facts, link decisions and "not the same person" answers to the kept person,
 * fills the kept person's blank fields from the other's, and records both as they were, so that
 * unmerge restores both exactly, ids included. Each runs in one transaction.
 */
export class PeopleMergeRepo {
  constructor(private readonly db: Db) {}

  private all(sql: string, ...params: unknown[]): Row[] {
    return this.db.prepare(sql).all(...params) as Row[];
  }

  private run(sql: string, ...params: unknown[]): number {
    return this.db.prepare(sql).run(...params).changes;
  }

  private insert(table: string, row: Row, verb = 'INSERT OR IGNORE'): void {
    const names = Object.keys(row).map(column);
    this.run(
      `${verb} INTO ${table}(${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      ...names.map((name) => row[name]),
    );
  }

  private state(personId: number): PersonState | undefined {
    const row = this.db.prepare('SELECT * FROM people WHERE id = ?').get(personId) as Row | undefined;
    if (!row) return undefined;
    const key = row.source_key as string;
    return {
      row,
      sources: this.all('SELECT * FROM person_sources WHERE person_id = ?', personId),
      accounts: this.all('SELECT * FROM person_accounts WHERE person_id = ?', personId),
      facts:
        (this.db.prepare('SELECT * FROM person_facts WHERE person_key = ?').get(key) as FactsRow) ?? null,
      decisions: this.all('SELECT * FROM link_decisions WHERE person_key = ?', key),
      rejections: this.all(
        'SELECT * FROM person_duplicate_rejections WHERE key_a = ? OR key_b = ?',
        key,
        key,
      ),
    };
  }

  /** Merges `otherId` into `keepId`; returns the merge's id, for undo. */
  merge({ keepId, otherId, relationship }: MergeRequest, now = new Date().toISOString()): number {
    return this.db.transaction(() => {
      if (keepId === otherId) throw new AppError('BAD_REQUEST', 'A person cannot be merged with themselves.');
      const kept = this.state(keepId);
      const other = this.state(otherId);
      if (!kept) throw new AppError('BAD_REQUEST', `There is no person #${keepId}.`);
      if (!other) throw new AppError('BAD_REQUEST', `There is no person #${otherId}.`);
      const keptKey = kept.row.source_key as string;
      const otherKey = other.row.source_key as string;

      this.run(
        `INSERT INTO person_sources(person_id, source_id, profile_json)
         SELECT ?, source_id, profile_json FROM person_sources WHERE person_id = ?
         ON CONFLICT DO NOTHING`,
        keepId,
        otherId,
      );
      // A decision or a confirmation of the other's outranks a mere suggestion of the kept one's.
      this.run(
        `INSERT INTO person_accounts(person_id, account_id, status, evidence, decided, confidence, evidence_json)
         SELECT ?, account_id, status, evidence, decided, confidence, evidence_json
         FROM person_accounts WHERE person_id = ?
         ON CONFLICT(person_id, account_id) DO UPDATE SET status = excluded.status, evidence = excluded.evidence,
           decided = excluded.decided, confidence = excluded.confidence, evidence_json = excluded.evidence_json
         WHERE excluded.decided > person_accounts.decided
            OR (excluded.decided = person_accounts.decided AND excluded.status = 'confirmed'
                AND person_accounts.status = 'suggested')`,
        keepId,
        otherId,
      );
      this.run(
        `INSERT OR IGNORE INTO link_decisions(person_key, network, external_id, status)
         SELECT ?, network, external_id, status FROM link_decisions WHERE person_key = ?`,
        keptKey,
        otherKey,
      );
      this.run('DELETE FROM link_decisions WHERE person_key = ?', otherKey);

      const movedRejections: [string, string][] = [];
      for (const rejection of other.rejections) {
        const partner = (rejection.key_a === otherKey ? rejection.key_b : rejection.key_a) as string;
        this.run(
          'DELETE FROM person_duplicate_rejections WHERE key_a = ? AND key_b = ?',
          rejection.key_a,
          rejection.key_b,
        );
        if (partner === keptKey) continue;
        const pair: [string, string] = partner < keptKey ? [partner, keptKey] : [keptKey, partner];
        const added = this.run(
          'INSERT OR IGNORE INTO person_duplicate_rejections(key_a, key_b, decided_at) VALUES (?, ?, ?)',
          ...pair,
          rejection.decided_at,
        );
        if (added) movedRejections.push(pair);
      }

      const facts = mergedFacts(kept, other, relationship);
      if (facts) {
        this.insert('person_facts', { person_key: keptKey, ...facts, updated_at: now }, 'INSERT OR REPLACE');
      }
      this.run('DELETE FROM person_facts WHERE person_key = ?', otherKey);

      // Blank fields filled from the other record; the kept one's own values stay.
      const fillable = ['company', 'position', 'email', 'connected_on', 'location', 'profile_url'].filter(
        (name) => name in kept.row,
      );
      if (fillable.length) {
        this.run(
          `UPDATE people SET ${fillable.map((name) => `${column(name)} = coalesce(${name}, ?)`).join(', ')} WHERE id = ?`,
          ...fillable.map((name) => other.row[name]),
          keepId,
        );
      }
      if (facts?.relationship)
        this.run('UPDATE people SET relationship = ? WHERE id = ?', facts.relationship, keepId);
      this.run('DELETE FROM people WHERE id = ?', otherId);

      const after = this.state(keepId)!;
      const record: MergeRecord = {
        kept,
        other,
        movedRejections,
        after: { row: after.row, facts: after.facts },
      };
      return Number(
        this.db
          .prepare(
            `INSERT INTO person_merges(kept_id, kept_key, other_id, other_key, other_name, before_json, merged_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(keepId, keptKey, otherId, otherKey, other.row.display_name, JSON.stringify(record), now)
          .lastInsertRowid,
      );
    })();
  }

  /**
   * Undoes a merge: both people as they were before it, with their ids. Sources and account links
   * that came to the kept person after the merge stay with them.
   */
  unmerge(mergeId: number): { keptId: number; otherId: number } {
    return this.db.transaction(() => {
      const merge = this.db
        .prepare(
          `SELECT kept_id AS keptId, kept_key AS keptKey, other_id AS otherId, other_key AS otherKey,
                  other_name AS otherName, before_json AS beforeJson FROM person_merges WHERE id = ?`,
        )
        .get(mergeId) as
        | {
            keptId: number;
            keptKey: string;
            otherId: number;
            otherKey: string;
            otherName: string;
            beforeJson: string;
          }
        | undefined;
      if (!merge)
        throw new AppError('BAD_REQUEST', `There is no merge #${mergeId}; it may have been undone already.`);
      const { kept, other, movedRejections, after } = JSON.parse(merge.beforeJson) as MergeRecord;
      const keptName = kept.row.display_name as string;
      this.refuseWhenLater(mergeId, merge.keptId, keptName, merge.otherName);
      if (
        this.all('SELECT 1 FROM people WHERE id = ? OR source_key = ?', merge.otherId, merge.otherKey).length
      ) {
        throw new AppError(
          'BAD_REQUEST',
          `${merge.otherName} is in the workspace again, so the merge cannot be undone.`,
        );
      }

      const now = this.state(merge.keptId)!;
      const keptFacts = sinceMerge(kept.facts, after?.facts ?? null, now.facts, FACT_FIELDS);
      this.run('DELETE FROM person_facts WHERE person_key = ?', merge.keptKey);
      for (const facts of [keptFacts, other.facts]) if (facts) this.insert('person_facts', { ...facts });
      this.run('DELETE FROM link_decisions WHERE person_key = ?', merge.keptKey);
      for (const decision of [...kept.decisions, ...other.decisions]) this.insert('link_decisions', decision);
      for (const [a, b] of movedRejections) {
        this.run('DELETE FROM person_duplicate_rejections WHERE key_a = ? AND key_b = ?', a, b);
      }
      for (const rejection of other.rejections) this.insert('person_duplicate_rejections', rejection);

      const { id: _keptId, match_keys_fresh: _fresh, ...keptBefore } = kept.row;
      const keptFields = after
        ? sinceMerge(keptBefore, after.row, now.row, Object.keys(keptBefore))!
        : keptBefore;
      const names = Object.keys(keptFields).map(column);
      this.run(
        `UPDATE people SET ${names.map((name) => `${name} = ?`).join(', ')}, match_keys_fresh = 0 WHERE id = ?`,
        ...names.map((name) => keptFields[name]),
        merge.keptId,
      );
      this.insert('people', { ...other.row, match_keys_fresh: 0 }, 'INSERT');

      const keptSources = new Set(kept.sources.map((source) => source.source_id));
      for (const source of other.sources) {
        if (!keptSources.has(source.source_id)) {
          this.run(
            'DELETE FROM person_sources WHERE person_id = ? AND source_id = ?',
            merge.keptId,
            source.source_id,
          );
        }
      }
      const accountIds = [...kept.accounts, ...other.accounts].map((account) => account.account_id);
      for (const accountId of new Set(accountIds)) {
        this.run(
          'DELETE FROM person_accounts WHERE person_id = ? AND account_id = ?',
          merge.keptId,
          accountId,
        );
      }
      // Imports and accounts removed since the merge are not brought back.
      for (const source of [...kept.sources, ...other.sources]) {
        if (this.all('SELECT 1 FROM sources WHERE id = ?', source.source_id).length) {
          this.insert('person_sources', source, 'INSERT OR REPLACE');
        }
      }
      for (const account of [...kept.accounts, ...other.accounts]) {
        if (this.all('SELECT 1 FROM accounts WHERE id = ?', account.account_id).length) {
          this.insert('person_accounts', account, 'INSERT OR REPLACE');
        }
      }
      this.run('DELETE FROM person_merges WHERE id = ?', mergeId);
      return { keptId: merge.keptId, otherId: merge.otherId };
    })();
  }

  /** Undo goes newest first: a later merge into or of the kept person must be undone before this one. */
  private refuseWhenLater(mergeId: number, keptId: number, keptName: string, otherName: string): void {
    const into = this.db
      .prepare('SELECT other_name FROM person_merges WHERE kept_id = ? AND id > ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(keptId, mergeId) as string | undefined;
    if (into)
      throw new AppError('BAD_REQUEST', `Undo merging ${into} into ${keptName} first: it came later.`);
    const away = this.db
      .prepare(
        `SELECT p.display_name FROM person_merges m LEFT JOIN people p ON p.id = m.kept_id
         WHERE m.other_id = ? ORDER BY m.id DESC LIMIT 1`,
      )
      .pluck()
      .get(keptId) as string | null | undefined;
    if (away !== undefined) {
      throw new AppError(
        'BAD_REQUEST',
        `${keptName} was merged into ${away ?? 'another person'} later: undo that first.`,
      );
    }
    if (!this.all('SELECT 1 FROM people WHERE id = ?', keptId).length) {
      throw new AppError(
        'BAD_REQUEST',
        `${keptName} is no longer in the workspace (the imports naming them were removed), so ${otherName} cannot be separated again.`,
      );
    }
  }
}
