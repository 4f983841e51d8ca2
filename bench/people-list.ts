// `npx tsx bench/people-list.ts [--contacts 5000] [--json]`: the People list's queries
// (main/db/people-list-repo.ts) on a workspace of synthetic contacts, a fifth of them with a
// confirmed account: the first page, a page in the middle, a one-word and a two-word search, and
// a relationship filter. Median of 20 runs each, in wall-clock milliseconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PeopleListRepo } from '../main/db/people-list-repo';
import { createWorkspaceFile } from '../main/db/workspace-file';
import { contactsArgs, madeUpWords, medianMs, printFigures } from './small-bench';

const { contactCount, json } = contactsArgs();
const { words, pick } = madeUpWords(7);
const relationships = ['colleague', 'customer', 'partner', 'friend', 'other'];

const dir = mkdtempSync(join(tmpdir(), 'people-list-bench-'));
const db = createWorkspaceFile(join(dir, 'bench.itrack'), 'bench');
db.transaction(() => {
  const person = db.prepare(
    `INSERT INTO people(source_key, display_name, company, position, email, relationship, created_at)
     VALUES (?, ?, ?, ?, ?, ?, '2026-01-01')`,
  );
  const account = db.prepare(
    `INSERT INTO accounts(network, external_id, handle, name) VALUES ('x', ?, ?, ?)`,
  );
  const link = db.prepare(
    `INSERT INTO person_accounts(person_id, account_id, status) VALUES (?, ?, 'confirmed')`,
  );
  for (let i = 0; i < contactCount; i++) {
    const name = `${pick(words)} ${pick(words)}`;
    const id = Number(
      person.run(`key-${i}`, name, `${pick(words)} Inc`, pick(words), `${i}@example.com`, pick(relationships))
        .lastInsertRowid,
    );
    if (i % 5 === 0) link.run(id, Number(account.run(String(i), `h${i}`, name).lastInsertRowid));
  }
})();

const repo = new PeopleListRepo(db);
const median = (run: () => unknown) => medianMs(run, 20);
const figures = {
  contacts: contactCount,
  firstPageMs: median(() => repo.page({ search: '', offset: 0, limit: 100 })),
  middlePageMs: median(() => repo.page({ search: '', offset: Math.floor(contactCount / 2), limit: 100 })),
  oneWordMs: median(() => repo.page({ search: words[3]!.slice(0, 3), offset: 0, limit: 100 })),
  twoWordsMs: median(() => repo.page({ search: `${words[3]} ${words[5]}`, offset: 0, limit: 100 })),
  relationshipMs: median(() => repo.page({ search: '', relationship: 'customer', offset: 0, limit: 100 })),
};
db.close();
rmSync(dir, { recursive: true, force: true });
printFigures(figures, json, 16, 2);
