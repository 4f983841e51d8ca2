// `npx tsx bench/encryption.ts [--followers 100000] [--posts 200000] [--json]`: what encryption
// costs (issue 14). The same bench workspace is built plain and encrypted in one run, then each
// operation runs on both, turn about, so both see the same machine load: opening (key derivation
// apart), the first search after opening and the warm ones (bench/run.ts's four query classes),
// loading the tie index, referral paths, and importing a follower list through the real import.
// Wall clock and CPU time (user + system, every thread: scrypt runs on libuv's pool) beside the
// ratio encrypted / plain.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../main/api/core';
import { parseSearchQuery } from '../main/analysis/search-query';
import { SearchRepo } from '../main/db/search-repo';
import type { Db } from '../main/db/sqlite';
import { keyForFile, newWorkspaceKey, type WorkspaceKey } from '../main/db/workspace-cipher';
import { createWorkspaceFile, openWorkspaceFile } from '../main/db/workspace-file';
import { runImport } from '../main/ingest/pipeline';
import type { OpenWorkspace } from '../main/workspace/open-workspace';
import { findPaths } from '../main/workspace/referral-paths';
import { writeTwarcFollowers } from './files';
import { median } from './random';
import { buildWorkspace } from './workspace';

const PASSPHRASE = 'correct horse battery staple';
const RUNS = 15;
/** Rounds of opening both workspaces and timing the first search, tie load and paths. */
const FIRST_ROUNDS = 3;

interface Timing {
  wallMs: number;
  cpuMs: number;
}

export type EncryptionRecord = Record<string, string | number>;

async function timed<T>(run: () => T | Promise<T>): Promise<Timing & { value: T }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

/** Medians of each variant's samples, and the ratio encrypted / plain of both clocks. */
function compare(name: string, plain: Timing[], encrypted: Timing[], extra: EncryptionRecord = {}) {
  const mid = (samples: Timing[], key: keyof Timing) => median(samples.map((s) => s[key]));
  const [pw, pc, ew, ec] = [
    mid(plain, 'wallMs'),
    mid(plain, 'cpuMs'),
    mid(encrypted, 'wallMs'),
    mid(encrypted, 'cpuMs'),
  ];
  return {
    name,
    ...extra,
    plainMs: pw,
    encryptedMs: ew,
    ratio: ew / pw,
    plainCpuMs: pc,
    encryptedCpuMs: ec,
    cpuRatio: ec / pc,
  };
}

/** Runs `work` on both variants `runs` times, turn about, each going first every other run. */
async function turnAbout<V>(variants: [V, V], runs: number, work: (v: V) => unknown, offset = 0) {
  const samples: [Timing[], Timing[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    const order = (i + offset) % 2 ? ([1, 0] as const) : ([0, 1] as const);
    for (const side of order) samples[side].push(await timed(() => work(variants[side])));
  }
  return samples;
}

/** Appends one round's samples to those of the rounds before. */
function gather(into: Map<string, [Timing[], Timing[]]>, name: string, round: [Timing[], Timing[]]) {
  const kept = into.get(name) ?? [[], []];
  kept[0].push(...round[0]);
  kept[1].push(...round[1]);
  into.set(name, kept);
}

/**
 * Each round opens both workspaces afresh and times what runs first after opening (round 0 only
 * warms the JIT and is dropped); the last round also times the warm runs.
 */
async function timeOpened(
  paths: readonly [string, string],
  key: WorkspaceKey,
  queries: Record<string, string>,
  prospectId: number,
  dataDir: string,
): Promise<EncryptionRecord[]> {
  const samples = new Map<string, [Timing[], Timing[]]>();
  let edges = 0;
  for (let round = 0; round < FIRST_ROUNDS + 1; round += 1) {
    const keep = (name: string, taken: [Timing[], Timing[]]) => {
      if (round > 0) gather(samples, name, taken);
    };
    const cores = paths.map((path, side) => {
      const core = createCore({
        host: 'memory',
        dataDir: `${dataDir}-${side}`,
        rememberRecent: false,
      });
      core.session.open(path, side ? key : undefined);
      return core;
    });
    const workspaces = cores.map((core) => core.session.require()) as [OpenWorkspace, OpenWorkspace];
    edges = Number(workspaces[0].db.prepare('SELECT count(*) FROM follows').pluck().get());
    const searches = workspaces.map((w) => new SearchRepo(w.db)) as [SearchRepo, SearchRepo];
    for (const [kind, query] of Object.entries(queries)) {
      const parsed = parseSearchQuery(query);
      keep(
        `search.${kind}.first`,
        await turnAbout(searches, 1, (r) => r.posts(parsed, 'relevance', 0, 50), round),
      );
    }
    keep('ties.load', await turnAbout(workspaces, 1, (w) => w.ties.get(), round));
    keep('paths.first', await turnAbout(workspaces, 1, (w) => findPaths(w, prospectId, 5), round));
    if (round === FIRST_ROUNDS) {
      for (const [kind, query] of Object.entries(queries)) {
        const parsed = parseSearchQuery(query);
        keep(`search.${kind}`, await turnAbout(searches, RUNS, (r) => r.posts(parsed, 'relevance', 0, 50)));
      }
      keep('paths', await turnAbout(workspaces, RUNS, (w) => findPaths(w, prospectId, 5)));
    }
    for (const core of cores) core.close();
  }
  return [...samples].map(([name, [plain, encrypted]]) => {
    const kind = /^search\.(\w+)/.exec(name)?.[1];
    return compare(`encryption.${name}`, plain, encrypted, kind ? { query: queries[kind]! } : { edges });
  });
}

export async function benchEncryption(followers: number, posts = 200_000): Promise<EncryptionRecord[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'inside-track-encryption-bench-'));
  const records: EncryptionRecord[] = [];
  try {
    const paths = [join(scratch, 'plain.itrack'), join(scratch, 'encrypted.itrack')] as const;
    const created = await timed(() => newWorkspaceKey(PASSPHRASE));
    const key: WorkspaceKey = created.value;
    records.push({ name: 'encryption.kdf.create', wallMs: created.wallMs, cpuMs: created.cpuMs });

    const size = { followers, posts, likes: 50_000, people: 2_000 };
    const builds: Timing[] = [];
    let words: string[] = [];
    let prospectId = 0;
    for (const [side, path] of paths.entries()) {
      const build = await timed(() => buildWorkspace(path, size, side ? { key } : {}));
      ({ words, prospectId } = build.value);
      build.value.db.close();
      builds.push(build);
    }
    records.push(
      compare('encryption.build', [builds[0]!], [builds[1]!], {
        followers,
        plainMb: statSync(paths[0]).size / 2 ** 20,
        encryptedMb: statSync(paths[1]).size / 2 ** 20,
      }),
    );

    // Opening: reading the salt and deriving the key apart, then the open itself (quick_check included).
    const kdf: Timing[] = [];
    const opens: [Timing[], Timing[]] = [[], []];
    for (let i = 0; i < 3; i += 1) {
      opens[0].push(await timed(() => openWorkspaceFile(paths[0]).close()));
      const derived = await timed(() => keyForFile(paths[1], PASSPHRASE));
      kdf.push(derived);
      opens[1].push(await timed(() => openWorkspaceFile(paths[1], { key: derived.value }).close()));
    }
    records.push({
      name: 'encryption.kdf.open',
      wallMs: median(kdf.map((k) => k.wallMs)),
      cpuMs: median(kdf.map((k) => k.cpuMs)),
    });
    records.push(compare('encryption.open', opens[0], opens[1], { followers }));

    const queries: Record<string, string> = {
      rare: words[4000]!,
      common: words[0]!,
      prefix: `${words[1]!.slice(0, 3)}*`,
      operators: `${words[2]} OR ${words[3]} -${words[5]} since:2025-01-01`,
    };
    records.push(...(await timeOpened(paths, key, queries, prospectId, join(scratch, 'data'))));

    // A follower list of as many new accounts imported into each workspace, through the real import.
    const file = join(scratch, 'followers.jsonl');
    await writeTwarcFollowers(file, followers);
    // The import's code is warmed on a small list into a throwaway workspace first.
    const warmup = join(scratch, 'warmup.jsonl');
    await writeTwarcFollowers(warmup, 2_000);
    const throwaway = createWorkspaceFile(join(scratch, 'warmup.itrack'), 'bench');
    await runImport(
      throwaway,
      { path: warmup },
      { signal: new AbortController().signal, progress: () => {} },
    );
    throwaway.close();
    // Opened before the clock starts: opening is timed above.
    const dbs = paths.map((path, side) => openWorkspaceFile(path, side ? { key } : {})) as [Db, Db];
    const imports = await turnAbout(dbs, 1, (db) =>
      runImport(db, { path: file }, { signal: new AbortController().signal, progress: () => {} }),
    );
    for (const db of dbs) db.close();
    records.push(compare('encryption.import.twarc2', imports[0], imports[1], { edges: followers }));
    return records;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function format(record: EncryptionRecord): string {
  return Object.entries(record)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v * 100) / 100 : v}`)
    .join('  ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      followers: { type: 'string', default: '100000' },
      posts: { type: 'string', default: '200000' },
      json: { type: 'boolean', default: false },
    },
  });
  const records = await benchEncryption(Number(values.followers), Number(values.posts));
  console.log(values.json ? JSON.stringify(records, null, 2) : records.map(format).join('\n'));
}
