// Run in its own process so its peak memory is the import's alone: prints one JSON line.
import { createWorkspaceFile } from '../main/db/workspace-file';
import { runImport } from '../main/ingest/pipeline';
import { OWN_ADDRESS } from './mail-files';

const [workspace, file] = process.argv.slice(2) as [string, string];
const db = createWorkspaceFile(workspace, 'bench');
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await runImport(
  db,
  { path: file, format: 'mbox', mail: { ownAddresses: [OWN_ADDRESS] } },
  { signal: new AbortController().signal, progress: () => {} },
);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const messages = Number(db.prepare('SELECT count(*) FROM messages').pluck().get());
db.close();
console.log(
  JSON.stringify({
    messages,
    kept: summary.kept,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
