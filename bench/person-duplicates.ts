// `npx tsx bench/person-duplicates.ts [--contacts 5000] [--json]`: finding and merging duplicates
// of one person (main/analysis/person-duplicates.ts, main/db/people-merge-repo.ts) on synthetic
// contacts, one in twenty a second record of an earlier one (same name and company, another key),
// one in fifty sharing an earlier one's e-mail. Median of 9 runs, wall-clock milliseconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDuplicates } from '../main/analysis/person-duplicates';
import { PeopleMergeRepo } from '../main/db/people-merge-repo';
import { PersonDuplicatesRepo } from '../main/db/person-duplicates-repo';
import { createWorkspaceFile } from '../main/db/workspace-file';
import { OpenWorkspace } from '../main/workspace/open-workspace';
import { personDuplicates } from '../main/workspace/person-merges';
import { contactsArgs, madeUpWords, medianMs, printFigures } from './small-bench';

const { contactCount, json } = contactsArgs();
const { words, pick } = madeUpWords(11);

const dir = mkdtempSync(join(tmpdir(), 'person-duplicates-bench-'));
const path = join(dir, 'bench.itrack');
const db = createWorkspaceFile(path, 'bench');
db.transaction(() => {
  const source = Number(
    db
      .prepare(
        `INSERT INTO sources(file_name, path, sha256, format, options_json, imported_at)
         VALUES ('contacts.csv', '/tmp/contacts.csv', 'x', 'linkedin-csv', '{}', '2026-01-01')`,
      )
      .run().lastInsertRowid,
  );
  const person = db.prepare(
    `INSERT INTO people(source_key, display_name, company, position, email, relationship, created_at)
     VALUES (?, ?, ?, 'Buyer', ?, 'colleague', '2026-01-01')`,
  );
  const provenance = db.prepare('INSERT INTO person_sources(person_id, source_id) VALUES (?, ?)');
  const made: { name: string; company: string; email: string }[] = [];
  for (let i = 0; i < contactCount; i++) {
    let row = {
      name: `${pick(words)} ${pick(words)}`,
      company: `${pick(words)} Inc`,
      email: `${i}@example.com`,
    };
    if (i > 0 && i % 20 === 0) row = { ...pick(made), email: `other-${i}@example.com` };
    else if (i > 0 && i % 50 === 1) row = { ...row, email: pick(made).email };
    made.push(row);
    const id = person.run(`key-${i}`, row.name, row.company, row.email).lastInsertRowid;
    provenance.run(id, source);
  }
})();

const workspace = new OpenWorkspace(path, db);
const repo = new PersonDuplicatesRepo(db);
const median = (run: () => unknown) => medianMs(run, 9);
const candidates = repo.candidates();
const groups = personDuplicates(workspace);
const merges = new PeopleMergeRepo(db);
const [keep, other] = groups[0]!.people;
const figures = {
  contacts: contactCount,
  groups: groups.length,
  readCandidatesMs: median(() => repo.candidates()),
  findDuplicatesMs: median(() => findDuplicates(candidates, repo.rejections())),
  duplicatesWithRecordsMs: median(() => personDuplicates(workspace)),
  mergeThenUndoMs: median(() => merges.unmerge(merges.merge({ keepId: keep!.id, otherId: other!.id }))),
};
db.close();
rmSync(dir, { recursive: true, force: true });
printFigures(figures, json, 24, 1);
