// `npx tsx bench/mail.ts [--messages 1000000] [--json]`: importing a mailbox's headers (issue 16).
// A synthetic Gmail Takeout mbox is written streaming to a temporary folder; the import runs in a
// child process (its peak RSS is the import's own), beside two floors measured on the same bytes:
// reading them, and reading them split into header blocks (the mbox splitter alone).
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitMbox } from '../main/importers/formats/mbox/split';
import { projectRoot } from '../main/host/project-root';
import { writeMbox } from './mail-files';

export interface MailBench {
  name: 'import.mbox';
  messages: number;
  fileMb: number;
  messagesPerSec: number;
  cpuMsPerMessage: number;
  peakRssMb: number;
  floorReadMbPerSec: number;
  floorSplitMessagesPerSec: number;
  stored: number;
}

async function timeRead(path: string): Promise<number> {
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of createReadStream(path)) bytes += (chunk as Buffer).length;
  return bytes / 2 ** 20 / ((performance.now() - started) / 1000);
}

async function timeSplit(path: string): Promise<number> {
  const started = performance.now();
  let count = 0;
  for await (const item of splitMbox(createReadStream(path))) if ('headerLines' in item) count += 1;
  return count / ((performance.now() - started) / 1000);
}

export async function benchMail(messages: number): Promise<MailBench> {
  const scratch = mkdtempSync(join(tmpdir(), 'inside-track-mail-bench-'));
  try {
    const mbox = join(scratch, 'All mail Including Spam and Trash.mbox');
    const bytes = await writeMbox(mbox, messages);
    const floorReadMbPerSec = await timeRead(mbox);
    const floorSplitMessagesPerSec = await timeSplit(mbox);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'bench/mail-child.ts'), join(scratch, 'w.itrack'), mbox],
      { cwd: projectRoot, maxBuffer: 1 << 20 },
    );
    const run = JSON.parse(out.toString().trim().split('\n').at(-1)!) as {
      messages: number;
      ms: number;
      cpuMs: number;
      maxRssMb: number;
    };
    return {
      name: 'import.mbox',
      messages,
      fileMb: bytes / 2 ** 20,
      messagesPerSec: messages / (run.ms / 1000),
      cpuMsPerMessage: run.cpuMs / messages,
      peakRssMb: run.maxRssMb,
      floorReadMbPerSec,
      floorSplitMessagesPerSec,
      stored: run.messages,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { messages: { type: 'string', default: '1000000' }, json: { type: 'boolean', default: false } },
  });
  const result = await benchMail(Number(values.messages));
  console.log(values.json ? JSON.stringify(result) : result);
}
