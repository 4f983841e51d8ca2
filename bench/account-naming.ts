// Naming an account known only by its id when a handle-only account with many follows merges
// into it: `npx tsx bench/account-naming.ts [followers]` (default 100,000). Prints CPU time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspaceFile } from '../main/db/workspace-file';
import { nameAccountAs } from '../main/workspace/account-naming';
import { OpenWorkspace } from '../main/workspace/open-workspace';

const followers = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'bench-naming-'));
const path = join(dir, 'naming.itrack');
const db = createWorkspaceFile(path, 'naming');
db.transaction(() => {
  db.prepare(
    "INSERT INTO sources(id, file_name, path, sha256, format, imported_at) VALUES (1, 'f.json', '/f', 'a', 'twarc2', '2026-01-01')",
  ).run();
  db.prepare(
    "INSERT INTO accounts(id, network, external_id, handle) VALUES (1, 'x', '12345', NULL), (2, 'x', 'handle:dana', 'dana')",
  ).run();
  const account = db.prepare("INSERT INTO accounts(id, network, external_id, handle) VALUES (?, 'x', ?, ?)");
  const follow = db.prepare('INSERT INTO follows(follower_id, followee_id) VALUES (?, ?)');
  const source = db.prepare(
    'INSERT INTO follow_sources(follower_id, followee_id, source_id) VALUES (?, ?, 1)',
  );
  for (let i = 0; i < followers; i += 1) {
    const id = 3 + i;
    account.run(id, String(1_000_000 + i), `f${i}`);
    // Every follower follows the handle-only row; every tenth also the id-only one (they collapse).
    follow.run(id, 2);
    source.run(id, 2);
    if (i % 10 === 0) {
      follow.run(id, 1);
      source.run(id, 1);
    }
  }
})();
const workspace = new OpenWorkspace(path, db);
// As after an import: every account's matching keys already computed.
workspace.people.suggestLinks();
const start = process.cpuUsage();
const named = nameAccountAs(workspace, 1, '@dana');
const used = process.cpuUsage(start);
console.log(
  `${followers.toLocaleString('en-US')} follows merged into @${named.handle} (${named.importedFollowers.toLocaleString('en-US')} followers): ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
);
db.close();
rmSync(dir, { recursive: true, force: true });
