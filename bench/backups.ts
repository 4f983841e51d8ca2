// Backups and the erase preview at scale: `npx tsx bench/backups.ts [followers] [posts]` (default
// 100,000 and 200,000). Prints, wall clock and CPU: a backup (VACUUM INTO beside the workspace),
// PRAGMA quick_check (run on every open), the erase preview of the prospect (counts, nothing
// changed) and, for comparison, the rows' erase in a transaction rolled back (the old preview).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quickCheck, snapshotInto } from '../main/db/backup-file';
import { EraseRepo } from '../main/db/erase-repo';
import { buildWorkspace } from './workspace';

const followers = Number(process.argv[2] ?? 100_000);
const posts = Number(process.argv[3] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'bench-backups-'));
const path = join(dir, 'backups.itrack');
const { db, prospectId } = buildWorkspace(path, { followers, posts, likes: 50_000, people: 2_000 });
db.pragma('wal_checkpoint(TRUNCATE)');
const mb = (file: string) => (statSync(file).size / 2 ** 20).toFixed(1);
const edges = Number(db.prepare('SELECT count(*) FROM follows').pluck().get());

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}
const ms = (t: { wallMs: number; cpuMs: number }) =>
  `${t.wallMs.toFixed(0)} ms (${t.cpuMs.toFixed(0)} ms CPU)`;

const backupPath = join(dir, 'backup.itrack');
const backup = timed(() => snapshotInto(db, backupPath));
const check = timed(() => quickCheck(db));
const repo = new EraseRepo(db);
const target = repo.accountTarget(prospectId)!;
const choices = { notes: 'redact', linkedAccounts: false } as const;
const preview = timed(() => repo.preview(target, choices));
const rolledBack = timed(() => {
  try {
    db.transaction(() => {
      repo.erase(target, choices);
      throw new Error('rolled back');
    })();
  } catch {
    /* the old preview: an erase rolled back */
  }
});
console.log(
  [
    `Workspace: ${edges.toLocaleString('en-US')} follow edges, ${posts.toLocaleString('en-US')} posts, ${mb(path)} MB`,
    `  backup (VACUUM INTO): ${ms(backup)}, ${mb(backupPath)} MB`,
    `  quick_check: ${ms(check)} (${check.value.length} problems)`,
    `  erase preview (${preview.value.counts.follows.toLocaleString('en-US')} follows): ${ms(preview)}`,
    `  erase rolled back (the old preview): ${ms(rolledBack)}`,
  ].join('\n'),
);
db.close();
rmSync(dir, { recursive: true, force: true });
