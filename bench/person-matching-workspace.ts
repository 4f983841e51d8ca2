// The synthetic workspace of bench/person-matching.ts: contacts and accounts whose names come
// from a partly Zipf-weighted pool (so common names repeat as in real lists), accents, short forms
// and initials on the account side, company and role bios, some stated LinkedIn pages, and one
// planted true account for every tenth contact. Deterministic: the same file every run.
import { NICKNAME_GROUPS } from '../main/analysis/person-match/nicknames-data';
import { createWorkspaceFile } from '../main/db/workspace-file';
import type { Db } from '../main/db/sqlite';
import { seeded, vocabulary, zipf } from './random';

export interface MatchingWorkspace {
  db: Db;
  /** `personId:accountId` of the planted true accounts. */
  plantedPairs: Set<string>;
  /** Adds `count` more accounts of the same mix, as an import of strangers would. */
  addAccounts(count: number): void;
}

export function buildMatchingWorkspace(
  path: string,
  { contacts, accounts }: { contacts: number; accounts: number },
): MatchingWorkspace {
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
  const personName = () => ({
    given: capital(givenNames[common(givenNames.length)]!),
    surname: surnames[common(surnames.length)]!,
  });

  const db = createWorkspaceFile(path, 'bench');
  const now = new Date().toISOString();
  const addPerson = db.prepare(
    `INSERT INTO people(source_key, display_name, company, position, relationship, created_at)
     VALUES (?, ?, ?, ?, 'colleague', ?)`,
  );
  const addAccount = db.prepare(
    'INSERT INTO accounts(network, external_id, handle, name, bio, url) VALUES (?, ?, ?, ?, ?, ?)',
  );
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
  const stranger = () => {
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
  };
  db.transaction(() => {
    for (let i = 0; i < contacts; i += 1) {
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
      if (i % 10 === 0 && accountId < accounts) {
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
    while (accountId < accounts) stranger();
  })();
  return {
    db,
    plantedPairs,
    addAccounts: (count) =>
      db.transaction(() => {
        for (let i = 0; i < count; i += 1) stranger();
      })(),
  };
}
