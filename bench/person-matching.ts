// `npx tsx bench/person-matching.ts [--contacts 5000] [--accounts 100000] [--json]`: the matching
// pass after an import (main/db/person-matching-repo.ts) on a workspace of synthetic contacts and
// accounts: names from a partly Zipf-weighted pool (so common names repeat as in real lists),
// accents, short forms and initials on the account side, company and role bios, some stated
// LinkedIn pages, and one planted true account for every tenth contact. Times: the first pass
// (every lookup key computed), a pass with nothing changed, and a pass after 1% of the bios
// changed; CPU milliseconds of this process (user + system).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NICKNAME_GROUPS } from '../main/analysis/person-match/nicknames-data';
import { PeopleRepo } from '../main/db/people-repo';
import { createWorkspaceFile } from '../main/db/workspace-file';
import { seeded, vocabulary, zipf } from './random';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '5000' },
    accounts: { type: 'string', default: '100000' },
    json: { type: 'boolean', default: false },
  },
});
const contactCount = Number(values.contacts);
const accountCount = Number(values.accounts);
const random = seeded(13);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

const givenNames = [...new Set(NICKNAME_GROUPS.flatMap((line) => line.split(' ')))];
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const surnames = [
  ...'smith garcía müller álvarez fernández lópez martin johnson brown wilson moore taylor weiß schmidt dubois lefèvre pereira souza rossi nguyen kim chen wang li zhang'.split(
    ' ',
  ),
  ...vocabulary(random, 6000),
].map(capital);
const companies = vocabulary(random, 3000).map(
  (w) => `${capital(w)} ${pick(['Logistics', 'Labs', 'Bank', 'Foods', 'Health', 'AG', 'Inc'])}`,
);
const roles = [
  'CEO',
  'CTO',
  'Engineer',
  'Head of Sales',
  'Product Manager',
  'Designer',
  'Recruiter',
  'Analyst',
  'Founder',
];
const unaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** Mostly even, partly Zipf: the commonest first name comes out ~4% of the time and the commonest surname ~2.5%, as James and Smith do in US lists. */
const common = (size: number) => (random() < 0.3 ? zipf(random, size) : Math.floor(random() * size));
function personName() {
  return {
    given: capital(givenNames[common(givenNames.length)]!),
    surname: surnames[common(surnames.length)]!,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'person-matching-bench-'));
const db = createWorkspaceFile(join(dir, 'bench.itrack'), 'bench');
const now = new Date().toISOString();
const addPerson = db.prepare(
  `INSERT INTO people(source_key, display_name, company, position, relationship, created_at)
   VALUES (?, ?, ?, ?, 'colleague', ?)`,
);
const addAccount = db.prepare(
  'INSERT INTO accounts(network, external_id, handle, name, bio, url) VALUES (?, ?, ?, ?, ?, ?)',
);

let planted = 0;
const plantedPairs = new Set<string>();
let accountId = 0;
const account = (handle: string, name: string, bio: string, url: string | null = null) => {
  accountId += 1;
  addAccount.run(
    random() < 0.8 ? 'x' : 'bluesky',
    String(accountId),
    `${handle}${accountId}`,
    name,
    bio,
    url,
  );
};
db.transaction(() => {
  for (let i = 0; i < contactCount; i += 1) {
    const { given, surname } = personName();
    const company = pick(companies);
    const slug = `${given}-${surname}-${i}`.toLowerCase();
    addPerson.run(
      random() < 0.7 ? `linkedin.com/in/${slug}` : `p${i}@mail.test`,
      `${given} ${surname}`,
      company,
      pick(roles),
      now,
    );
    if (i % 10 === 0 && accountId < accountCount) {
      planted += 1;
      plantedPairs.add(`${i + 1}:${accountId + 1}`);
      const name = pick([
        `${unaccent(given)} ${unaccent(surname)}`,
        `${given[0]}. ${surname}`,
        `${given} ${surname}`,
      ]);
      const bio = i % 20 === 0 ? `${pick(roles)} at ${company}` : `linkedin.com/in/${slug} · views mine`;
      account(unaccent(surname).toLowerCase(), name, bio);
    }
  }
  while (accountId < accountCount) {
    const kind = random();
    if (kind < 0.5) {
      const { given, surname } = personName();
      const name = random() < 0.3 ? unaccent(`${given} ${surname}`) : `${given} ${surname}`;
      account(
        unaccent(surname).toLowerCase(),
        name,
        `${pick(roles)} at ${pick(companies)}. ${pick(surnames)} fan.`,
      );
    } else if (kind < 0.6) {
      const { given, surname } = personName();
      account(
        `${given[0]}${surname}`.toLowerCase(),
        `${given[0]}. ${surname}`,
        pick(['', 'Dad. Runner.', 'Opinions mine']),
      );
    } else {
      const word = pick(surnames);
      account(
        unaccent(word).toLowerCase(),
        `${word} ${pick(['🚀', 'News', 'Official', ''])}`.trim(),
        'Posting about things',
        'https://example.org',
      );
    }
  }
})();

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
const listed = time(() => people.links('suggested').length);
const suggestions = people.links('suggested');
const keyRows = db
  .prepare(
    'SELECT (SELECT count(*) FROM person_match_keys) AS person, (SELECT count(*) FROM account_match_keys) AS account',
  )
  .get() as { person: number; account: number };
const result = {
  contacts: contactCount,
  accounts: accountCount,
  planted,
  candidatePairs,
  suggestions: suggestions.length,
  plantedFound: suggestions.filter((l) => plantedPairs.has(`${l.personId}:${l.accountId}`)).length,
  firstPassCpuMs: Math.round(first.ms),
  unchangedPassCpuMs: Math.round(again.ms),
  after1000BiosChangedCpuMs: Math.round(afterEdits.ms),
  listSuggestionsCpuMs: Math.round(listed.ms),
  keys: keyRows,
};
db.close();
rmSync(dir, { recursive: true, force: true });
console.log(values.json ? JSON.stringify(result) : result);
