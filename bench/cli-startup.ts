// How long the command line takes to start: `npx tsx bench/cli-startup.ts [runs] [--json]`
// (default 10 runs). `--help` and `stats` on a small workspace, run by the launcher `npm run cli`
// uses (the bundle, checked fresh first), by tsx compiling the TypeScript as `npm run cli` did
// before, and by plain `node` doing nothing (the floor). Wall clock and CPU time of each run, the
// CPU of the process and of its own children (bash's `times`), medians; then the launcher's
// freshness check on its own. npm's own start-up (`npm run`) comes on top of all of these.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../main/host/project-root';
import { samplePath } from '../main/test-support/samples';
import { median } from './random';

const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10);
const json = process.argv.includes('--json');
const scratch = mkdtempSync(join(tmpdir(), 'inside-track-bench-cli-'));
// A temp folder of its own: opening a workspace lists the temp folder for staging left by a crashed
// import, and a crowded /tmp (tens of thousands of entries) would be measured instead of the CLI.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  INSIDE_TRACK_DATA_DIR: join(scratch, 'data'),
  TMPDIR: scratch,
};
delete env.INIT_CWD;

const launchers: Record<string, string[]> = {
  built: [join(projectRoot, 'scripts/cli.mjs')],
  tsx: ['--import', 'tsx', join(projectRoot, 'main/host/cli-main.ts')],
};

/** Runs node with `args` under bash and returns its wall clock and CPU (user + system) in ms. */
function timedNode(args: string[]): { wallMs: number; cpuMs: number } {
  const started = performance.now();
  const out = execFileSync(
    'bash',
    ['-c', '"$@" >/dev/null 2>&1; times', 'bench', process.execPath, ...args],
    {
      cwd: projectRoot,
      env,
    },
  ).toString();
  const wallMs = performance.now() - started;
  // `times` prints the shell's own CPU, then its children's: "0m0.213s 0m0.031s".
  const children = out.trim().split('\n').at(-1)!;
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wallMs, cpuMs: (seconds[0]! + seconds[1]!) * 1000 };
}

const workspace = join(scratch, 'small.itrack');
execFileSync(process.execPath, [...launchers.built!, 'workspace', 'create', workspace], {
  env,
  stdio: 'ignore',
});
execFileSync(
  process.execPath,
  [...launchers.built!, 'import', '--workspace', workspace, samplePath('x-archive', 'denchi-2020')],
  {
    env,
    stdio: 'ignore',
  },
);
const commands: Record<string, string[]> = {
  '--help': ['--help'],
  'stats (small workspace)': ['stats', '--workspace', workspace, '--json'],
};

// Once each untimed: the bundle built if the sources changed, tsx's cache of compiled files filled.
for (const launcher of Object.values(launchers)) timedNode([...launcher, '--help']);

const samples = new Map<string, { wallMs: number[]; cpuMs: number[] }>();
const add = (name: string, sample: { wallMs: number; cpuMs: number }) => {
  const entry = samples.get(name) ?? { wallMs: [], cpuMs: [] };
  entry.wallMs.push(sample.wallMs);
  entry.cpuMs.push(sample.cpuMs);
  samples.set(name, entry);
};
// Interleaved, so that a busy moment of the machine falls on every variant alike.
for (let run = 0; run < runs; run += 1) {
  add('node (floor)', timedNode(['-e', '']));
  for (const [command, args] of Object.entries(commands))
    for (const [launcher, launch] of Object.entries(launchers))
      add(`${launcher} ${command}`, timedNode([...launch, ...args]));
}

const { sourceStamp } = (await import(pathToFileURL(join(projectRoot, 'scripts/cli-sources.mjs')).href)) as {
  sourceStamp: (root: string) => string;
};
const checkMs: number[] = [];
for (let run = 0; run < 50; run += 1) {
  const started = performance.now();
  sourceStamp(projectRoot);
  checkMs.push(performance.now() - started);
}
rmSync(scratch, { recursive: true, force: true });

const results = [...samples].map(([name, { wallMs, cpuMs }]) => ({
  name,
  runs,
  medianWallMs: Math.round(median(wallMs)),
  minWallMs: Math.round(Math.min(...wallMs)),
  medianCpuMs: Math.round(median(cpuMs)),
}));
const check = { name: 'freshness check', runs: 50, medianMs: median(checkMs), maxMs: Math.max(...checkMs) };
if (json)
  console.log(JSON.stringify({ date: new Date().toISOString(), results: [...results, check] }, null, 2));
else {
  for (const r of results)
    console.log(
      `${r.name.padEnd(34)} wall median ${r.medianWallMs} ms (min ${r.minWallMs})  CPU median ${r.medianCpuMs} ms`,
    );
  console.log(
    `${check.name.padEnd(34)} median ${check.medianMs.toFixed(1)} ms (max ${check.maxMs.toFixed(1)}) over 50`,
  );
}
