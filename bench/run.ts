// `npm run bench`: the cost of the core operations at realistic and large sizes, each beside a
// floor measured in the same run. `--json` for machine-readable output, `--quick` for 10k only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../main/api/core';
import { egoGraph } from '../main/workspace/ego-graph';
import { exportBrief } from '../main/brief';
import { findPaths } from '../main/workspace/referral-paths';
import { parseSearchQuery } from '../main/analysis/search-query';
import { SearchRepo } from '../main/db/search-repo';
import { projectRoot } from '../main/host/project-root';
import { browserTimings, browserUnavailable, buildApp } from './browser';
import { writeArchiveFollowers, writeTwarcFollowers } from './files';
import { bfsFloorMs, jsonParseMs, rawInsertRate, schemaInsertRate } from './floors';
import { median, stats } from './random';
import { buildWorkspace } from './workspace';
import { benchMail } from './mail';
import { benchEncryption } from './encryption';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } },
});
const sizes = values.quick ? [10_000] : [10_000, 100_000, 1_000_000];
const results: Record<string, unknown>[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'inside-track-bench-'));
const log = (line: string) => {
  if (!values.json) console.log(line);
};
const record = (entry: Record<string, unknown>) => {
  results.push(entry);
  log(
    `  ${Object.entries(entry)
      .map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v * 10) / 10 : v}`)
      .join('  ')}`,
  );
};

function timeRuns(runs: number, work: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples;
}

function importInChild(file: string): { edges: number; ms: number; maxRssMb: number } {
  const workspace = join(scratch, `import-${Math.random().toString(36).slice(2)}.itrack`);
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'bench/import-child.ts'), workspace, file],
    {
      cwd: projectRoot,
      maxBuffer: 1 << 20,
    },
  );
  rmSync(workspace, { force: true });
  return JSON.parse(out.toString().trim().split('\n').at(-1)!) as {
    edges: number;
    ms: number;
    maxRssMb: number;
  };
}

async function main() {
  log(
    `Inside Track benchmarks — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );

  for (const count of sizes) {
    log(`\nImport of ${count.toLocaleString('en-US')} follow edges`);
    const floor = rawInsertRate(count);
    const schemaFloor = schemaInsertRate(scratch, count);
    const twarc = join(scratch, `followers-${count}.jsonl`);
    await writeTwarcFollowers(twarc, count);
    const twarcRun = importInChild(twarc);
    record({
      name: 'import.twarc2',
      size: count,
      edgesPerSec: twarcRun.edges / (twarcRun.ms / 1000),
      peakRssMb: twarcRun.maxRssMb,
      floorEdgesPerSec: floor,
      floorSchemaEdgesPerSec: schemaFloor,
      floorJsonParseMs: jsonParseMs(twarc, true),
      fileMb: statSync(twarc).size / 2 ** 20,
    });
    const archive = join(scratch, `archive-${count}`);
    await writeArchiveFollowers(archive, count);
    const archiveRun = importInChild(archive);
    record({
      name: 'import.x-archive-follower.js',
      size: count,
      edgesPerSec: archiveRun.edges / (archiveRun.ms / 1000),
      peakRssMb: archiveRun.maxRssMb,
      floorEdgesPerSec: floor,
      floorSchemaEdgesPerSec: schemaFloor,
      floorJsonParseMs: jsonParseMs(join(archive, 'follower.js'), false),
    });
  }

  if (!values.quick) {
    // The user's own mailbox, headers only (issue 16): a synthetic Gmail Takeout mbox.
    log('\nImport of a 1,000,000-message mbox (headers only)');
    record({ ...(await benchMail(1_000_000)) });
  }

  if (!values.quick) {
    // What encryption costs (issue 14): the same workspace built plain and encrypted, turn about.
    log('\nEncryption: a 100,000-follower workspace plain and encrypted (ratio = encrypted / plain)');
    for (const entry of await benchEncryption(100_000)) record(entry);
  }

  // The browser timings drive the app built from these sources (built once, here).
  const browserSkipped = browserUnavailable();
  if (!browserSkipped) buildApp();

  for (const followers of sizes) {
    log(
      `\nWorkspace with a ${followers.toLocaleString('en-US')}-follower prospect, 200,000 posts, 50,000 likes, 2,000 people`,
    );
    const path = join(scratch, `ws-${followers}.itrack`);
    const built = performance.now();
    const { db, prospectId, words } = buildWorkspace(path, {
      followers,
      posts: values.quick ? 20_000 : 200_000,
      likes: 50_000,
      people: 2_000,
    });
    const edges = Number(db.prepare('SELECT count(*) FROM follows').pluck().get());
    record({ name: 'workspace.build', followers, edges, seconds: (performance.now() - built) / 1000 });
    db.close();

    const core = createCore({ host: 'memory', dataDir: join(scratch, 'data'), rememberRecent: false });
    core.session.open(path);
    const workspace = core.session.require();

    // The follow graph is read into memory once per open workspace (and after each import).
    const loadStarted = performance.now();
    workspace.ties.get();
    record({ name: 'ties.load', edges, ms: performance.now() - loadStarted });
    const firstStarted = performance.now();
    findPaths(workspace, prospectId, 5);
    record({ name: 'paths.first', edges, ms: performance.now() - firstStarted });
    const pathRuns = timeRuns(15, () => findPaths(workspace, prospectId, 5));
    const people = workspace.people.confirmedAccounts().map((p) => p.accountId);
    record({
      name: 'paths',
      edges,
      ...stats(pathRuns),
      floorBfsMs: bfsFloorMs(workspace.db, people, prospectId, 4),
    });

    const search = new SearchRepo(workspace.db);
    const totalPosts = Number(workspace.db.prepare('SELECT count(*) FROM posts').pluck().get());
    const queries: Record<string, string> = {
      rare: words[4000]!,
      common: words[0]!,
      prefix: `${words[1]!.slice(0, 3)}*`,
      operators: `${words[2]} OR ${words[3]} -${words[5]} since:2025-01-01`,
    };
    for (const [kind, query] of Object.entries(queries)) {
      const parsed = parseSearchQuery(query);
      let matched = 0;
      const runs = timeRuns(15, () => {
        matched = search.posts(parsed, 'relevance', 0, 50).total;
      });
      record({
        name: `search.${kind}`,
        query,
        matches: matched,
        matchShare: matched / totalPosts,
        ...stats(runs),
      });
    }

    for (const budget of [300, 2_000, 5_000]) {
      const runs = timeRuns(5, () => egoGraph(core.session.require(), prospectId, budget));
      record({ name: 'egoGraph', budget, medianMs: median(runs) });
    }

    const briefRuns: number[] = [];
    let pages = 0;
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      const result = await exportBrief(
        core.session,
        { accountId: prospectId, outPath: join(scratch, `brief-${followers}.pdf`) },
        { signal: new AbortController().signal, progress: () => {} },
      );
      briefRuns.push(performance.now() - started);
      pages = result.pages;
    }
    record({ name: 'brief.pdf', followers, pages, medianMs: median(briefRuns) });
    workspace.prospects.add(prospectId);
    core.close();

    // The same workspace in browser mode: `npm run web` started, the workspace opened from the
    // start screen, then the prospect's graph drawn at each budget.
    if (browserSkipped) log(`  browser timings skipped: ${browserSkipped}`);
    else {
      const { start, graphs } = await browserTimings(path, 'Bench Prospect', [2_000, 5_000]);
      record({ name: 'web.start', edges, ...start });
      for (const graph of graphs) record({ name: 'graph.browser', edges, ...graph });
    }
    rmSync(path, { force: true });
  }

  rmSync(scratch, { recursive: true, force: true });
  if (values.json)
    console.log(JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, results }, null, 2));
}

await main();
