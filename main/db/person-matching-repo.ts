import { SUGGESTION_THRESHOLD } from '../analysis/person-match/formula';
import { matchContact } from '../analysis/person-match/score';
import type { AccountFacts } from '../analysis/person-match/types';
import { MatchKeysRepo } from './match-keys-repo';
import { contactFacts, type PersonRow } from './contact-facts';
import type { Db } from './sqlite';

type CandidateRow = AccountFacts & { personId: number };

/**
 * The matching pass after an import: brings back the user's remembered decisions, finds candidate
 * accounts for every person by shared lookup keys, scores them (main/analysis/person-match) and
 * keeps the suggestions at or above the threshold, replacing the previous pass's.
 */
export class PersonMatchingRepo {
  private readonly keys: MatchKeysRepo;
  private readonly restoreDecisions;
  private readonly people;
  private readonly candidates;
  private readonly previous;
  private readonly upsert;
  private readonly drop;

  constructor(private readonly db: Db) {
    this.keys = new MatchKeysRepo(db);
    this.restoreDecisions = db.prepare(
      `INSERT INTO person_accounts(person_id, account_id, status, evidence, decided)
       SELECT p.id, a.id, d.status, NULL, 1
       FROM link_decisions d
       JOIN people p ON p.source_key = d.person_key
       JOIN accounts a ON a.network = d.network AND a.external_id = d.external_id
       WHERE true
       ON CONFLICT(person_id, account_id) DO UPDATE SET status = excluded.status, decided = 1
       WHERE person_accounts.decided = 0`,
    );
    this.people = db.prepare<[], PersonRow>(
      `SELECT id, source_key AS sourceKey, display_name AS displayName, company, position, email, location,
         profile_url AS profileUrl
       FROM people WHERE relationship != 'me'`,
    );
    // Not: pairs already decided or confirmed, accounts confirmed as someone, and networks on
    // which the person already has a confirmed account.
    this.candidates = db.prepare<[], CandidateRow>(
      `WITH pairs(person_id, account_id) AS (
         SELECT pk.person_id, ak.account_id
         FROM person_match_keys pk JOIN account_match_keys ak ON ak.key = pk.key
         UNION
         SELECT pk.person_id, h.id
         FROM person_match_keys pk
         JOIN accounts h ON h.network IN ('x', 'bluesky', 'mastodon', 'linkedin')
                        AND h.handle = substr(pk.key, 3) COLLATE NOCASE
         WHERE pk.key LIKE '@:%')
       SELECT pairs.person_id AS personId, a.id, a.network, a.handle, a.name, a.bio, a.location, a.url
       FROM pairs JOIN accounts a ON a.id = pairs.account_id
       WHERE NOT EXISTS (SELECT 1 FROM person_accounts d WHERE d.person_id = pairs.person_id AND d.account_id = a.id
                           AND (d.decided = 1 OR d.status != 'suggested'))
         AND NOT EXISTS (SELECT 1 FROM person_accounts c WHERE c.account_id = a.id AND c.status = 'confirmed')
         AND NOT EXISTS (SELECT 1 FROM person_accounts c JOIN accounts ca ON ca.id = c.account_id
                         WHERE c.person_id = pairs.person_id AND c.status = 'confirmed' AND ca.network = a.network)`,
    );
    this.previous = db.prepare<[], { personId: number; accountId: number }>(
      `SELECT person_id AS personId, account_id AS accountId FROM person_accounts
       WHERE status = 'suggested' AND decided = 0 AND confidence IS NOT NULL`,
    );
    this.upsert = db.prepare<[number, number, string, number, string]>(
      `INSERT INTO person_accounts(person_id, account_id, status, evidence, decided, confidence, evidence_json)
       VALUES (?, ?, 'suggested', ?, 0, ?, ?)
       ON CONFLICT(person_id, account_id) DO UPDATE SET
         evidence = excluded.evidence, confidence = excluded.confidence, evidence_json = excluded.evidence_json
       WHERE person_accounts.decided = 0 AND person_accounts.status = 'suggested'`,
    );
    this.drop = db.prepare<[number, number]>(
      `DELETE FROM person_accounts WHERE person_id = ? AND account_id = ? AND status = 'suggested' AND decided = 0`,
    );
  }

  /** Runs the pass; returns how many suggestions are new. Suggestions from contact records (no confidence) stay. */
  suggest(): number {
    return this.db.transaction(() => {
      this.restoreDecisions.run();
      this.keys.refresh();
      const people = new Map(this.people.all().map((p) => [p.id, p]));
      const byPerson = new Map<number, AccountFacts[]>();
      for (const { personId, ...account } of this.candidates.all()) {
        if (!people.has(personId)) continue;
        const accounts = byPerson.get(personId);
        if (accounts) accounts.push(account);
        else byPerson.set(personId, [account]);
      }
      const stale = new Set(this.previous.all().map((s) => `${s.personId}:${s.accountId}`));
      let added = 0;
      for (const [personId, accounts] of byPerson) {
        for (const match of matchContact(contactFacts(people.get(personId)!), accounts)) {
          if (match.confidence < SUGGESTION_THRESHOLD) continue;
          const pair = `${personId}:${match.accountId}`;
          if (!stale.delete(pair)) added += 1;
          const summary = match.evidence.map((e) => e.text).join('; ');
          this.upsert.run(
            personId,
            match.accountId,
            summary,
            match.confidence,
            JSON.stringify(match.evidence),
          );
        }
      }
      for (const pair of stale) {
        const [personId, accountId] = pair.split(':').map(Number);
        this.drop.run(personId!, accountId!);
      }
      return added;
    })();
  }
}
