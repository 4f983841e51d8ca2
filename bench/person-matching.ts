// `npx tsx bench/person-matching.ts [--contacts 5000] [--accounts 100000] [--json]`: the matching
// pass after an import (main/db/person-matching-repo.ts) on a workspace of synthetic contacts and
// accounts (bench/person-matching-workspace.ts). Times: the first pass (every lookup key
// computed), a pass with nothing changed, a pass after 1% of the bios changed, and a pass after an
// import of 10% more accounts; CPU milliseconds of this process (user + system).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PeopleRepo } from '../main/db/people-repo';
import { buildMatchingWorkspace } from './person-matching-workspace';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '5000' },
    accounts: { type: 'string', default: '100000' },
    json: { type: 'boolean', default: false },
  },
});
const contactCount = Number(values.contacts);
const accountCount = Number(values.accounts);
const newAccounts = Math.round(accountCount / 10);

const dir = mkdtempSync(join(tmpdir(), 'person-matching-bench-'));
const { db, plantedPairs, addAccounts } = buildMatchingWorkspace(join(dir, 'bench.itrack'), {
  contacts: contactCount,
  accounts: accountCount,
});

const people = new PeopleRepo(db);
// CPU time, not wall time: the figures should not depend on what else the machine runs.
const time = (run: () => number) => {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
};
const first = time(() => people.suggestLinks());
const candidatePairs = db
  .prepare(
    `SELECT count(*) FROM (SELECT DISTINCT pk.person_id, ak.account_id
     FROM person_match_keys pk JOIN account_match_keys ak ON ak.key = pk.key)`,
  )
  .pluck()
  .get() as number;
const again = time(() => people.suggestLinks());
db.prepare(`UPDATE accounts SET bio = bio || ' (updated)' WHERE id % 100 = 0`).run();
const afterEdits = time(() => people.suggestLinks());
addAccounts(newAccounts);
const afterImport = time(() => people.suggestLinks());
const listed = time(() => people.links('suggested').length);
const suggestions = people.links('suggested');
const keyRows = db
  .prepare(
    'SELECT (SELECT count(*) FROM person_match_keys) AS person, (SELECT count(*) FROM account_match_keys) AS account',
  )
  .get() as { person: number; account: number };
// What the passes left, as a digest: two versions of the pass must leave the same.
const digest = (sql: string) =>
  createHash('sha256')
    .update(JSON.stringify(db.prepare(sql).raw().all()))
    .digest('hex')
    .slice(0, 16);
const result = {
  contacts: contactCount,
  accounts: accountCount,
  planted: plantedPairs.size,
  candidatePairs,
  suggestions: suggestions.length,
  plantedFound: suggestions.filter((l) => plantedPairs.has(`${l.personId}:${l.accountId}`)).length,
  firstPassCpuMs: Math.round(first.ms),
  firstPassPerAccountUs: Math.round((first.ms * 1000) / accountCount),
  unchangedPassCpuMs: Math.round(again.ms),
  afterBiosChangedCpuMs: Math.round(afterEdits.ms),
  newAccounts,
  afterImportCpuMs: Math.round(afterImport.ms),
  afterImportPerNewAccountUs: Math.round((afterImport.ms * 1000) / newAccounts),
  listSuggestionsCpuMs: Math.round(listed.ms),
  keys: keyRows,
  suggestionsDigest: digest(
    'SELECT person_id, account_id, status, confidence, evidence, evidence_json FROM person_accounts ORDER BY 1, 2',
  ),
  keysDigest: digest(
    `SELECT 'p', key, person_id FROM person_match_keys UNION ALL SELECT 'a', key, account_id FROM account_match_keys ORDER BY 1, 2, 3`,
  ),
};
db.close();
rmSync(dir, { recursive: true, force: true });
console.log(values.json ? JSON.stringify(result) : result);
