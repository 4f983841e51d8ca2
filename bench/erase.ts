// Erasing the prospect of a bench workspace (its follows, posts and likes) and making its bytes
// go: `npx tsx bench/erase.ts [followers] [posts]` (default 100,000 and 200,000). Prints the
// time of the rows' erase (secure_delete on) and of the scrub (FTS rebuilds, WAL truncation,
// VACUUM) apart, wall clock and CPU, and the file's size before and after.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EraseRepo } from '../main/db/erase-repo';
import { scrubFreedBytes, withSecureDelete } from '../main/db/erase-scrub';
import { buildWorkspace } from './workspace';

const followers = Number(process.argv[2] ?? 100_000);
const posts = Number(process.argv[3] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'bench-erase-'));
const path = join(dir, 'erase.itrack');
const { db, prospectId } = buildWorkspace(path, { followers, posts, likes: 50_000, people: 2_000 });
db.pragma('wal_checkpoint(TRUNCATE)');
const mb = () => (statSync(path).size / 2 ** 20).toFixed(1);
const edges = Number(db.prepare('SELECT count(*) FROM follows').pluck().get());
const sizeBefore = mb();

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

const repo = new EraseRepo(db);
const target = repo.accountTarget(prospectId)!;
const erase = timed(() =>
  withSecureDelete(db, () => repo.erase(target, { notes: 'redact', linkedAccounts: false })),
);
const scrub = timed(() => scrubFreedBytes(db));
const { counts } = erase.value;
const ms = (t: { wallMs: number; cpuMs: number }) =>
  `${t.wallMs.toFixed(0)} ms (${t.cpuMs.toFixed(0)} ms CPU)`;
console.log(
  [
    `Workspace: ${edges.toLocaleString('en-US')} follow edges, ${posts.toLocaleString('en-US')} posts, ${sizeBefore} MB`,
    `Erased the prospect: ${counts.follows.toLocaleString('en-US')} follows, ${counts.posts} posts, ${counts.likes} likes, ${counts.mentions} mentions redacted`,
    `  rows, secure_delete on: ${ms(erase)}`,
    `  scrub (FTS rebuilds, WAL checkpoint and truncation, VACUUM): ${ms(scrub)}`,
    `  file after: ${mb()} MB`,
  ].join('\n'),
);
db.close();
rmSync(dir, { recursive: true, force: true });
