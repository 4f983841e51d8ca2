// Run in its own process so its peak memory is the import's alone: prints one JSON line.
import { createWorkspaceFile } from '../main/db/workspace-file';
import { runImport } from '../main/ingest/pipeline';

const [workspace, file] = process.argv.slice(2) as [string, string];
const db = createWorkspaceFile(workspace, 'bench');
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await runImport(
  db,
  { path: file },
  { signal: new AbortController().signal, progress: () => {} },
);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
db.close();
console.log(
  JSON.stringify({
    edges: summary.read.follows,
    accounts: summary.added.accounts,
    ms,
    // CPU time of the import alone: on a shared machine, less noisy than the wall-clock time.
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
