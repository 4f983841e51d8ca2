/**
 * Referral paths, measured in CPU time (the machine may be shared): the top 5 for a prospect with
 * warm ways in, the top 5 for one with cold ways only (the same workspace once the prospect
 * follows and likes nobody, so no one knows the last person before them), and all the ways in
 * (groupByPerson: one exact search per linked person). Run: npx tsx bench/paths.ts [followers] [--json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../main/api/core';
import { findPaths } from '../main/workspace/referral-paths';
import { median } from './random';
import { buildWorkspace } from './workspace';

const followers = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const json = process.argv.includes('--json');
const scratch = mkdtempSync(join(tmpdir(), 'inside-track-paths-'));
const path = join(scratch, 'ws.itrack');
const { db, prospectId } = buildWorkspace(path, { followers, posts: 20_000, likes: 10_000, people: 2_000 });
db.close();

/** Median CPU milliseconds (user + system) of `runs` runs after a first one. */
const cpuMs = (run: () => unknown, runs = 7) => {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return Math.round(median(samples) * 10) / 10;
};

function measure() {
  const core = createCore({ host: 'memory', dataDir: join(scratch, 'data'), rememberRecent: false });
  core.session.open(path);
  const workspace = core.session.require();
  workspace.ties.get();
  const top5 = findPaths(workspace, prospectId, 5);
  const grouped = findPaths(workspace, prospectId, 20, { groupByPerson: true });
  const figures = {
    top5Cold: top5.paths.filter((p) => p.cold).length,
    top5CpuMs: cpuMs(() => findPaths(workspace, prospectId, 5)),
    linkedPeople: grouped.groups!.length,
    withPath: grouped.groups!.filter((g) => g.path).length,
    warm: grouped.groups!.filter((g) => g.path && !g.path.cold).length,
    groupedCpuMs: cpuMs(() => findPaths(workspace, prospectId, 20, { groupByPerson: true }), 5),
  };
  core.close();
  return figures;
}

const warm = measure();
// The same graph seen by a prospect who follows and likes no one: every way in ends cold.
const edit = createCore({ host: 'memory', dataDir: join(scratch, 'data'), rememberRecent: false });
edit.session.open(path);
edit.session.require().db.prepare('DELETE FROM follows WHERE follower_id = ?').run(prospectId);
edit.session.require().db.prepare('DELETE FROM likes WHERE account_id = ?').run(prospectId);
edit.close();
const cold = measure();
rmSync(scratch, { recursive: true, force: true });
const result = { followers, warm, cold };
console.log(json ? JSON.stringify(result) : JSON.stringify(result, null, 2));
