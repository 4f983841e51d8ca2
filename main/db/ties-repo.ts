import type Database from 'better-sqlite3';
import type { Relationship } from '../../common/dto';
import type { Db } from './sqlite';

export interface StoredTieOverride {
  score: number;
  why: string;
  updatedAt: string;
}

/** One person of a colleague's relationship file, as an import stores them. */
export interface ColleagueTieInput {
  name: string;
  /** Match keys: `e:<address>`, `li:<slug>`, `x:<handle>`, `bluesky:<handle>`, `mastodon:<user@host>`. */
  keys: string[];
  score: number;
  asOf?: string | undefined;
}

export interface ColleagueNetwork {
  sourceId: number;
  colleagueName: string;
  colleagueKeys: string[];
  exportedAt: string;
}

/** A colleague's person who has an account in this workspace: where a path through the colleague can go on. */
export interface ColleagueAccountTie {
  sourceId: number;
  colleagueName: string;
  personName: string;
  score: number;
  accountId: number;
}

/** A person as a relationship file names them. */
export interface ExportPerson {
  personId: number;
  name: string;
  relationship: Relationship;
  emails: Set<string>;
  handles: Map<string, { network: 'x' | 'bluesky' | 'mastodon'; handle: string }>;
  profileUrls: Set<string>;
}

/** The user's tie overrides and colleagues' networks (migration 013). */
export class TiesRepo {
  private insertTie: Database.Statement<[number, number, string, string, number, string | null]> | undefined;

  constructor(private readonly db: Db) {}

  /** The relationship the user set (or an import stated), the formula's start; undefined for no such person. */
  relationshipOf(personId: number): Relationship | undefined {
    return this.db
      .prepare<[number], Relationship>('SELECT relationship FROM people WHERE id = ?')
      .pluck()
      .get(personId);
  }

  override(personId: number): StoredTieOverride | null {
    return (
      this.db
        .prepare<[number], StoredTieOverride>(
          `SELECT o.score, o.why, o.updated_at AS updatedAt FROM person_tie_overrides o
           JOIN people p ON p.source_key = o.person_key WHERE p.id = ?`,
        )
        .get(personId) ?? null
    );
  }

  /** Every person's override, by person id. */
  overrides(): Map<number, StoredTieOverride> {
    const rows = this.db
      .prepare<[], StoredTieOverride & { personId: number }>(
        `SELECT p.id AS personId, o.score, o.why, o.updated_at AS updatedAt FROM person_tie_overrides o
         JOIN people p ON p.source_key = o.person_key`,
      )
      .all();
    return new Map(rows.map(({ personId, ...override }) => [personId, override]));
  }

  /** Sets the person's score (null clears it). */
  setOverride(personId: number, override: { score: number; why: string } | null, now: string): void {
    if (override === null) {
      this.db
        .prepare<[number]>(
          'DELETE FROM person_tie_overrides WHERE person_key = (SELECT source_key FROM people WHERE id = ?)',
        )
        .run(personId);
      return;
    }
    this.db
      .prepare<[number, string, string, number]>(
        `INSERT INTO person_tie_overrides(person_key, score, why, updated_at)
         SELECT source_key, ?, ?, ? FROM people WHERE id = ?
         ON CONFLICT(person_key) DO UPDATE SET score = excluded.score, why = excluded.why, updated_at = excluded.updated_at`,
      )
      .run(override.score, override.why, now, personId);
  }

  addColleagueNetwork(
    sourceId: number,
    network: Omit<ColleagueNetwork, 'sourceId'>,
    people: ColleagueTieInput[] = [],
  ): void {
    this.db
      .prepare<[number, string, string, string]>(
        'INSERT INTO colleague_networks(source_id, colleague_name, colleague_keys, exported_at) VALUES (?, ?, ?, ?)',
      )
      .run(sourceId, network.colleagueName, JSON.stringify(network.colleagueKeys), network.exportedAt);
    people.forEach((person, index) => this.addColleagueTie(sourceId, { ...person, index }));
  }

  /** One person of the colleague's file, once per match key. */
  addColleagueTie(sourceId: number, person: ColleagueTieInput & { index: number }): void {
    const insert = (this.insertTie ??= this.db.prepare<
      [number, number, string, string, number, string | null]
    >(
      `INSERT OR IGNORE INTO colleague_ties(source_id, person_index, name, match_key, score, as_of)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ));
    for (const key of person.keys)
      insert.run(sourceId, person.index, person.name, key, person.score, person.asOf ?? null);
  }

  colleagueNetworks(): ColleagueNetwork[] {
    return this.db
      .prepare<[], Omit<ColleagueNetwork, 'colleagueKeys'> & { colleagueKeys: string }>(
        `SELECT source_id AS sourceId, colleague_name AS colleagueName, colleague_keys AS colleagueKeys,
           exported_at AS exportedAt FROM colleague_networks ORDER BY source_id`,
      )
      .all()
      .map((row) => ({ ...row, colleagueKeys: JSON.parse(row.colleagueKeys) as string[] }));
  }

  /** The colleague's people found among the workspace's accounts by a network handle key, strongest first. */
  colleagueAccountTies(): ColleagueAccountTie[] {
    return this.db
      .prepare<[], ColleagueAccountTie>(
        `SELECT t.source_id AS sourceId, n.colleague_name AS colleagueName, t.name AS personName,
           max(t.score) AS score, a.id AS accountId
         FROM colleague_ties t JOIN colleague_networks n ON n.source_id = t.source_id
           JOIN accounts a ON a.network = substr(t.match_key, 1, instr(t.match_key, ':') - 1)
             AND a.handle = substr(t.match_key, instr(t.match_key, ':') + 1) COLLATE NOCASE
         WHERE substr(t.match_key, 1, instr(t.match_key, ':') - 1) IN ('x', 'bluesky', 'mastodon')
         GROUP BY t.source_id, a.id ORDER BY score DESC, t.source_id, a.id`,
      )
      .all();
  }

  /** Every person with what finds them elsewhere, for a relationship file: no mail, no facts. */
  exportPeople(): ExportPerson[] {
    const people = this.db
      .prepare<
        [],
        {
          id: number;
          name: string;
          email: string | null;
          profileUrl: string | null;
          relationship: Relationship;
        }
      >(
        `SELECT id, display_name AS name, email, profile_url AS profileUrl, relationship FROM people ORDER BY id`,
      )
      .all();
    const byId = new Map<number, ExportPerson>(
      people.map((p) => [
        p.id,
        {
          personId: p.id,
          name: p.name,
          relationship: p.relationship,
          emails: new Set(p.email ? [p.email.toLowerCase()] : []),
          handles: new Map(),
          profileUrls: new Set(p.profileUrl ? [p.profileUrl] : []),
        },
      ]),
    );
    const accounts = this.db
      .prepare<[], { personId: number; network: 'x' | 'bluesky' | 'mastodon'; handle: string }>(
        `SELECT pa.person_id AS personId, a.network, a.handle FROM person_accounts pa
         JOIN accounts a ON a.id = pa.account_id
         WHERE pa.status = 'confirmed' AND a.handle IS NOT NULL AND a.network IN ('x', 'bluesky', 'mastodon')`,
      )
      .all();
    for (const a of accounts) byId.get(a.personId)?.handles.set(`${a.network}:${a.handle.toLowerCase()}`, a);
    const addresses = this.db
      .prepare<[], { personId: number; channel: 'email' | 'linkedin'; address: string }>(
        `SELECT cp.person_id AS personId, c.channel, c.address FROM correspondent_people cp
         JOIN correspondents c ON c.id = cp.correspondent_id`,
      )
      .all();
    for (const a of addresses) {
      const person = byId.get(a.personId);
      if (a.channel === 'email') person?.emails.add(a.address);
      else if (a.address.includes('linkedin.com/in/'))
        person?.profileUrls.add(`https://www.${a.address.replace(/^(https?:\/\/)?(www\.)?/, '')}`);
    }
    return [...byId.values()];
  }

  /**
   * Erasing a person: the user's score for them (by their source keys, merged-away ones too) and
   * every row of a colleague's file that names them by one of their lookup keys. Returns the rows.
   */
  erasePerson(personId: number, personKeys: readonly string[]): number {
    const keys = JSON.stringify(personKeys);
    const overrides = this.db
      .prepare<[string]>(
        'DELETE FROM person_tie_overrides WHERE person_key IN (SELECT value FROM json_each(?))',
      )
      .run(keys).changes;
    const colleagues = this.db
      .prepare<[number]>(
        `DELETE FROM colleague_ties WHERE (source_id, person_index) IN (
           SELECT source_id, person_index FROM colleague_ties
           WHERE match_key IN (SELECT key FROM person_match_keys WHERE person_id = ?))`,
      )
      .run(personId).changes;
    return overrides + colleagues;
  }

  /** The person any of these keys names (the colleague themselves, say), or null. */
  personByKeys(keys: readonly string[]): number | null {
    if (keys.length === 0) return null;
    const row = this.db
      .prepare<string[], { personId: number }>(
        `SELECT min(person_id) AS personId FROM person_match_keys WHERE key IN (${keys.map(() => '?').join(', ')})`,
      )
      .get(...keys);
    return row?.personId ?? null;
  }
}
