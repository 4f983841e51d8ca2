// Hostile inputs from issue 11 at their real sizes: how long each takes to be read or refused,
// and the peak memory of the process doing it. Each case runs in its own process (peak RSS is
// per process). Inputs are generated in a temporary folder and deleted afterwards.
//
//   npx tsx bench/hostile-inputs.ts            all cases
//   npx tsx bench/hostile-inputs.ts --quick    smaller sizes, to try the script
//   npx tsx bench/hostile-inputs.ts --only overlapZip   one case
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, createGzip, crc32 } from 'node:zlib';
import type { Writable } from 'node:stream';
import { AppError } from '../common/errors';
import { accountFile, manifestFile } from '../main/importers/formats/x-archive/test-archive';
import { openInput } from '../main/importers/input';
import { detectFormat } from '../main/ingest/pipeline';
import { samplePath } from '../main/test-support/samples';

const MB = 1024 * 1024;
const quick = process.argv.includes('--quick');
const scale = quick ? 1 / 16 : 1;

async function write(out: Writable, data: string | Buffer): Promise<void> {
  if (!out.write(data)) await once(out, 'drain');
}

async function close(out: Writable): Promise<void> {
  out.end();
  await once(out, 'close');
}

/**
 * A ZIP written by hand: `entries` central-directory records, each either pointing at the one
 * stored copy of `data` (overlapping) or at its own copy. yazl would deflate every copy again.
 */
async function handmadeZip(path: string, data: Buffer, entries: number, overlap: boolean): Promise<void> {
  const deflated = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const out = createWriteStream(path);
  const offsets: number[] = [];
  let offset = 0;
  const local = (name: string) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    return Buffer.concat([header, Buffer.from(name)]);
  };
  const name = (i: number) => `data/part-${String(i).padStart(3, '0')}.js`;
  for (let i = 0; i < (overlap ? 1 : entries); i += 1) {
    const header = local(name(i));
    offsets.push(offset);
    await write(out, header);
    await write(out, deflated);
    offset += header.length + deflated.length;
  }
  const central: Buffer[] = [];
  for (let i = 0; i < entries; i += 1) {
    const entryName = Buffer.from(name(i));
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(deflated.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(entryName.length, 28);
    record.writeUInt32LE(overlap ? 0 : offsets[i]!, 42);
    central.push(record, entryName);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(out, directory);
  await write(out, end);
  await close(out);
}

/** A .tar.gz holding one outbox.json of `bytes` zeros (what the 2 MB archive inflating to 2 GB holds). */
async function zerosTarGz(path: string, bytes: number): Promise<void> {
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(path));
  const header = Buffer.alloc(512);
  header.write('outbox.json', 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${bytes.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('0', 156);
  header.write('ustar\0' + '00', 257);
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  await write(gzip, header);
  const zeros = Buffer.alloc(MB);
  for (let done = 0; done < bytes; done += MB)
    await write(gzip, done + MB <= bytes ? zeros : zeros.subarray(0, bytes - done));
  await write(gzip, Buffer.alloc(512 - (bytes % 512 || 512) + 1024));
  gzip.end();
  await once(out, 'close');
}

/** An X archive folder whose follower.js holds `followers` records and `padding` blanks between them. */
async function followerArchive(dir: string, followers: number, padding: number): Promise<void> {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(
    join(dir, 'data', 'manifest.js'),
    manifestFile({ follower: [{ fileName: 'data/follower.js', count: followers }] }),
  );
  writeFileSync(join(dir, 'data', 'account.js'), accountFile());
  const out = createWriteStream(join(dir, 'data', 'follower.js'));
  await write(out, 'window.YTD.follower.part0 = [ ');
  const blanks = Buffer.alloc(MB, 0x20);
  for (let i = 0; i < followers; i += 1) {
    const id = String(1_000_000_000 + i);
    await write(
      out,
      `${i ? ',\n  ' : ''}{"follower":{"accountId":"${id}","userLink":"https://twitter.com/intent/user?user_id=${id}"}}`,
    );
    if (i === Math.floor(followers / 2))
      for (let done = 0; done < padding; done += MB) await write(out, blanks);
  }
  await write(out, ' ]');
  await close(out);
}

/** An X archive folder whose tweets.js holds one post with a `full_text` of `length` characters. */
async function longStringArchive(dir: string, length: number): Promise<void> {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(
    join(dir, 'data', 'manifest.js'),
    manifestFile({ tweets: [{ fileName: 'data/tweets.js', count: 1 }] }),
  );
  writeFileSync(join(dir, 'data', 'account.js'), accountFile());
  const out = createWriteStream(join(dir, 'data', 'tweets.js'));
  await write(
    out,
    'window.YTD.tweets.part0 = [ {"tweet":{"id_str":"1","created_at":"Tue Jan 25 16:41:04 +0000 2022","full_text":"',
  );
  const letters = Buffer.alloc(MB, 0x61);
  for (let done = 0; done < length; done += MB) await write(out, letters);
  await write(out, '"}} ]');
  await close(out);
}

/** A Mastodon export folder (a real actor.json) whose outbox holds one post with a `length`-character content. */
async function longContentOutbox(dir: string, length: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(samplePath('mastodon', 'dealingwith-2024', 'actor.json'), join(dir, 'actor.json'));
  const out = createWriteStream(join(dir, 'outbox.json'));
  await write(
    out,
    '{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection","totalItems":1,"orderedItems":[' +
      '{"type":"Create","object":{"type":"Note","published":"2024-01-01T00:00:00Z","content":"',
  );
  const letters = Buffer.alloc(MB, 0x61);
  for (let done = 0; done < length; done += MB) await write(out, letters);
  await write(out, '"}}]}');
  await close(out);
}

/** Opens, detects and reads an input the way an import does; the outcome in a few words. */
async function readWhole(
  path: string,
  cancelAtBytes?: number,
): Promise<{ outcome: string; cancelMs?: number }> {
  const controller = new AbortController();
  let abortedAt = 0;
  try {
    const input = await openInput(path, { signal: controller.signal });
    try {
      const found = await detectFormat(input);
      if (!found) return { outcome: 'not recognised' };
      let records = 0;
      const ctx = {
        signal: controller.signal,
        progress: (done: number) => {
          if (cancelAtBytes !== undefined && done > cancelAtBytes && !abortedAt) {
            abortedAt = performance.now();
            controller.abort();
          }
        },
      };
      for await (const record of found.format.read(input, {}, ctx)) {
        void record;
        records += 1;
      }
      return { outcome: `read ${records} records` };
    } finally {
      input.close();
    }
  } catch (error) {
    const outcome =
      error instanceof AppError ? `${error.code}: ${error.message.slice(0, 90)}` : `crash: ${String(error)}`;
    return abortedAt ? { outcome, cancelMs: performance.now() - abortedAt } : { outcome };
  }
}

interface Case {
  label: string;
  make(dir: string): Promise<string>;
  cancelAtBytes?: number;
}

const cases: Record<string, Case> = {
  overlapZip: {
    label: `ZIP: ${Math.round(250 * scale)} entries over one ${Math.round(63 * scale)} MB file`,
    make: async (dir) => {
      const path = join(dir, 'overlap.zip');
      await handmadeZip(path, Buffer.alloc(63 * MB * scale, 0x20), Math.round(250 * scale), true);
      return path;
    },
  },
  manyEntriesZip: {
    label: `ZIP: ${Math.round(100 * scale)} entries of ${Math.round(63 * scale)} MB each`,
    make: async (dir) => {
      const path = join(dir, 'many.zip');
      await handmadeZip(path, Buffer.alloc(63 * MB * scale, 0x20), Math.round(100 * scale), false);
      return path;
    },
  },
  zerosTarGz: {
    label: `.tar.gz inflating to ${Math.round(2048 * scale)} MB of zeros`,
    make: async (dir) => {
      const path = join(dir, 'archive-2024.tar.gz');
      await zerosTarGz(path, 2048 * MB * scale);
      return path;
    },
  },
  followerPlain: {
    label: 'follower.js, 20,000 followers',
    make: async (dir) => (await followerArchive(join(dir, 'x'), 20_000, 0), join(dir, 'x')),
  },
  followerPadded: {
    label: `follower.js, 20,000 followers + ${Math.round(16 * scale)} MB of blanks`,
    make: async (dir) => (await followerArchive(join(dir, 'x'), 20_000, 16 * MB * scale), join(dir, 'x')),
  },
  followerPaddedCancel: {
    label: 'the same, cancelled at 4 MB read',
    make: async (dir) => (await followerArchive(join(dir, 'x'), 20_000, 16 * MB * scale), join(dir, 'x')),
    cancelAtBytes: 4 * MB * scale,
  },
  longString: {
    label: `tweets.js with one ${Math.round(500 * scale)} MB full_text`,
    make: async (dir) => (await longStringArchive(join(dir, 'x'), 500 * MB * scale), join(dir, 'x')),
  },
  longContent: {
    label: `Mastodon outbox.json with one ${Math.round(500 * scale)} MB content`,
    make: async (dir) => (await longContentOutbox(join(dir, 'm'), 500 * MB * scale), join(dir, 'm')),
  },
};

const child = process.argv.indexOf('--case');
if (child !== -1) {
  const { path, cancelAtBytes } = JSON.parse(process.argv[child + 1]!) as {
    path: string;
    cancelAtBytes?: number;
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await readWhole(path, cancelAtBytes);
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      ...result,
      seconds: (performance.now() - started) / 1000,
      // CPU time of the read alone: on a shared machine, less noisy than the wall-clock time.
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      leftInTemp: readdirSync(tmpdir()).filter((n) => n.startsWith(`inside-track-unpack-${process.pid}-`))
        .length,
    }),
  );
} else {
  const root = mkdtempSync(join(tmpdir(), 'hostile-inputs-'));
  const rows: string[][] = [['input', 'size on disk', 'outcome', 's', 'CPU s', 'peak RSS MB', 'cancel ms']];
  try {
    const only = process.argv.indexOf('--only');
    const chosen = Object.entries(cases).filter(([name]) => only === -1 || process.argv[only + 1] === name);
    for (const [name, spec] of chosen) {
      const dir = join(root, name);
      mkdirSync(dir);
      const path = await spec.make(dir);
      const size = statSync(path).isDirectory()
        ? statSync(
            name === 'longContent'
              ? join(path, 'outbox.json')
              : join(path, 'data', name === 'longString' ? 'tweets.js' : 'follower.js'),
          ).size
        : statSync(path).size;
      const out = execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          import.meta.filename,
          '--case',
          JSON.stringify({ path, cancelAtBytes: spec.cancelAtBytes }),
        ],
        { encoding: 'utf8', maxBuffer: 16 * MB },
      );
      const result = JSON.parse(out.trim().split('\n').at(-1)!) as {
        outcome: string;
        seconds: number;
        cpuSeconds: number;
        peakRssMb: number;
        cancelMs?: number;
        leftInTemp: number;
      };
      rows.push([
        spec.label,
        size >= MB ? `${(size / MB).toFixed(1)} MB` : `${Math.ceil(size / 1024)} KB`,
        result.leftInTemp ? `${result.outcome} (left ${result.leftInTemp} temp folders)` : result.outcome,
        result.seconds.toFixed(2),
        result.cpuSeconds.toFixed(2),
        result.peakRssMb.toFixed(0),
        result.cancelMs === undefined ? '' : result.cancelMs.toFixed(0),
      ]);
      console.error(`… ${rows.at(-1)!.join(' | ')}`);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
