// `npx tsx bench/search.ts [workspace.itrack] [--runs 15] [--order relevance|date] [--window N]
// [--baseline other-search-repo.ts] [--json]`: full-text post search, top 50, p50/p95 per query
// class on the bench workspace (10,000 followers, 200,000 posts). The workspace is built once at
// the given path (default /tmp/search-bench.itrack) and reused. `--baseline` takes another version
// of main/db/search-repo.ts (e.g. `git show HEAD:main/db/search-repo.ts > /tmp/old-search-repo.ts`)
// and times it in turn with the current one, run for run, so both see the same machine load.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSearchQuery } from '../main/analysis/search-query';
import { SearchRepo } from '../main/db/search-repo';
import type { Db } from '../main/db/sqlite';
import { openWorkspaceFile } from '../main/db/workspace-file';
import { seeded, stats, vocabulary } from './random';
import { buildWorkspace } from './workspace';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '15' },
    order: { type: 'string', default: 'relevance' },
    window: { type: 'string' },
    baseline: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const path = positionals[0] ?? '/tmp/search-bench.itrack';
const runs = Number(values.runs);
const order = values.order === 'date' ? 'date' : 'relevance';

if (!existsSync(path)) {
  const started = performance.now();
  buildWorkspace(path, { followers: 10_000, posts: 200_000, likes: 50_000, people: 2_000 }).db.close();
  console.error(`built ${path} in ${Math.round((performance.now() - started) / 1000)} s`);
}
// The words bench/run.ts searches for: buildWorkspace draws its vocabulary first from seed 42.
const words = vocabulary(seeded(42), 5000);
const db = openWorkspaceFile(path);
type Repo = Pick<SearchRepo, 'posts'>;
const repos: [string, Repo][] = [
  ['current', values.window ? new SearchRepo(db, Number(values.window)) : new SearchRepo(db)],
];
if (values.baseline) {
  const module = (await import(resolve(values.baseline))) as {
    SearchRepo: new (db: Db) => Repo;
  };
  repos.unshift(['baseline', new module.SearchRepo(db)]);
}
const totalPosts = Number(db.prepare('SELECT count(*) FROM posts').pluck().get());
const queries: Record<string, string> = {
  rare: words[4000]!,
  common: words[0]!,
  prefix: `${words[1]!.slice(0, 3)}*`,
  operators: `${words[2]} OR ${words[3]} -${words[5]} since:2025-01-01`,
  'filter only': 'since:2025-01-01',
};
const results: {
  kind: string;
  version: string;
  query: string;
  order: string;
  total: number;
  share: number;
  rankedAmong: number | undefined;
  p50: number;
  p95: number;
}[] = [];
for (const [kind, query] of Object.entries(queries)) {
  const parsed = parseSearchQuery(query);
  const samples = repos.map(() => [] as number[]);
  const last = repos.map(([, repo]) => repo.posts(parsed, order, 0, 50)); // warms the page cache
  for (let i = 0; i < runs; i += 1) {
    repos.forEach(([, repo], r) => {
      const started = performance.now();
      last[r] = repo.posts(parsed, order, 0, 50);
      samples[r]!.push(performance.now() - started);
    });
  }
  repos.forEach(([version], r) => {
    const { p50, p95 } = stats(samples[r]!);
    const { total, rankedAmong } = last[r]!;
    results.push({ kind, version, query, order, total, share: total / totalPosts, rankedAmong, p50, p95 });
  });
}
db.close();
if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  for (const r of results) {
    console.log(
      `${r.kind.padEnd(12)} ${r.version.padEnd(9)} ${r.query.padEnd(48)} ${String(r.total).padStart(7)} (${Math.round(r.share * 100)} %)` +
        `  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms` +
        (r.rankedAmong ? `  ranked among ${r.rankedAmong}` : ''),
    );
  }
}
