/**
 * All the ways in, measured: paths.find with and without groupByPerson (one exact search per
 * linked person) on the bench workspace. Run: npx tsx bench/path-groups.ts [followers]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../main/api/core';
import { findPaths } from '../main/workspace/referral-paths';
import { median } from './random';
import { buildWorkspace } from './workspace';

const followers = Number(process.argv[2] ?? 100_000);
const scratch = mkdtempSync(join(tmpdir(), 'inside-track-groups-'));
const path = join(scratch, 'ws.itrack');
const { db, prospectId } = buildWorkspace(path, { followers, posts: 20_000, likes: 10_000, people: 2_000 });
db.close();
const core = createCore({ host: 'memory', dataDir: join(scratch, 'data'), rememberRecent: false });
core.session.open(path);
const workspace = core.session.require();
workspace.ties.get();

const time = (run: () => unknown) => {
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    run();
    runs.push(performance.now() - started);
  }
  return median(runs);
};
const plain = time(() => findPaths(workspace, prospectId, 5));
const grouped = findPaths(workspace, prospectId, 20, { groupByPerson: true });
const groupedMs = time(() => findPaths(workspace, prospectId, 20, { groupByPerson: true }));
console.log(
  JSON.stringify({
    followers,
    linkedPeople: grouped.groups!.length,
    withPath: grouped.groups!.filter((g) => g.path).length,
    warm: grouped.groups!.filter((g) => g.path && !g.path.cold).length,
    unlinkedPeople: grouped.unlinkedPeople,
    pathsTop5MedianMs: Math.round(plain * 10) / 10,
    groupedTop20MedianMs: Math.round(groupedMs * 10) / 10,
  }),
);
core.close();
