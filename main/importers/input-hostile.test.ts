import { createReadStream, createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { useTempDir } from '../test-support/temp-dir';
import { xArchiveFormat } from './formats/x-archive';
import { accountFile, manifestFile, writeFiles } from './formats/x-archive/test-archive';
import { openInput, type InputSource } from './input';

const tempDir = useTempDir();

/** Unpack folders this process owns: none may be left after a refusal. */
const ownUnpackDirs = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith(`inside-track-unpack-${process.pid}-`));

async function tarGz(name: string, files: [string, Buffer | string][], gzip = true): Promise<string> {
  const pack = tar.pack();
  for (const [entryName, content] of files) pack.entry({ name: entryName }, content);
  pack.finalize();
  const path = join(tempDir(), name);
  if (gzip) await pipeline(pack, createGzip(), createWriteStream(path));
  else await pipeline(pack, createWriteStream(path));
  return path;
}

async function zip(name: string, entries: [string, Buffer | string][]): Promise<string> {
  const archive = new yazl.ZipFile();
  for (const [entryName, content] of entries) {
    archive.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), entryName);
  }
  archive.end();
  const path = join(tempDir(), name);
  await pipeline(archive.outputStream, createWriteStream(path));
  return path;
}

/** Same-length renames inside a written archive (yazl and tar-stream refuse hostile names). */
function patchNames(path: string, from: string, to: string): void {
  const bytes = readFileSync(path).toString('latin1');
  writeFileSync(path, Buffer.from(bytes.replaceAll(from, to), 'latin1'));
}

/**
 * Points every central-directory record at the first entry's data, as the 178 KB ZIP that
 * unpacks one 63 MB file 250 times does.
 */
function overlapEntries(path: string): void {
  const bytes = readFileSync(path);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  const first = at;
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i += 1) {
    if (at !== first) {
      for (const field of [16, 20, 24]) bytes.writeUInt32LE(bytes.readUInt32LE(first + field), at + field);
      bytes.writeUInt32LE(0, at + 42);
    }
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  writeFileSync(path, bytes);
}

async function drain(input: InputSource, path: string): Promise<number> {
  let bytes = 0;
  for await (const chunk of await input.open(path)) bytes += (chunk as Buffer).length;
  return bytes;
}

const MB = 1024 * 1024;

describe('archive entry names', () => {
  for (const hostile of ['..\\..\\x.json', 'C:\\x\\aaa.json', 'C:x\\aaaaaa.json', '\\\\srv\\a\\x.json']) {
    it(`refuses the tar entry “${hostile}” on every platform, leaving no temp folder`, async () => {
      const placeholder = 'p'.repeat(hostile.length);
      const path = await tarGz('archive-2024.tar.gz', [['outbox.json', '{}']]);
      const raw = await tarGz('raw.tar', [[placeholder, '{}']], false);
      patchNames(raw, placeholder, hostile);
      // tar checksums the header: recompute it after the rename.
      const bytes = readFileSync(raw);
      bytes.fill(0x20, 148, 156);
      let sum = 0;
      for (let i = 0; i < 512; i += 1) sum += bytes[i]!;
      bytes.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
      writeFileSync(path, gzipSync(bytes));
      await expect(openInput(path)).rejects.toMatchObject({
        code: 'IMPORT_UNSAFE_ARCHIVE',
        message: expect.stringMatching(/^archive-2024\.tar\.gz: .*outside/),
      });
      expect(ownUnpackDirs()).toEqual([]);
    });
  }

  it('refuses a ZIP entry that climbs out with backslashes', async () => {
    const path = await zip('evil.zip', [['aa\u0001aa\u0001evil.js', 'x']]);
    patchNames(path, 'aa\u0001aa\u0001evil.js', '..\\..\\evil.js');
    await expect(openInput(path)).rejects.toMatchObject({
      code: 'IMPORT_UNSAFE_ARCHIVE',
      message: expect.stringMatching(/^evil\.zip: .*outside/),
    });
  });
});

describe('ZIP archives that inflate more than they hold', () => {
  it('refuses entries that overlap (one file unpacked many times) before inflating any', async () => {
    const entries: [string, Buffer | string][] = [['data/tweets.js', Buffer.alloc(2 * MB, 0x20)]];
    for (let i = 1; i <= 20; i += 1) entries.push([`data/copy-${String(i).padStart(3, '0')}.js`, 'x']);
    const path = await zip('overlap.zip', entries);
    overlapEntries(path);
    await expect(openInput(path)).rejects.toMatchObject({
      code: 'IMPORT_UNSAFE_ARCHIVE',
      message: expect.stringMatching(/^overlap\.zip: .*overlap/),
    });
  });

  it('refuses the same entry name twice', async () => {
    const path = await zip('twice.zip', [
      ['data/tweets.js', 'window.YTD.tweets.part0 = []'],
      ['data/tweets.js', 'window.YTD.tweets.part0 = [1]'],
    ]);
    await expect(openInput(path)).rejects.toMatchObject({
      code: 'IMPORT_UNSAFE_ARCHIVE',
      message: expect.stringMatching(/^twice\.zip: .*“data\/tweets\.js” twice/),
    });
  });

  it('refuses an archive whose entries add up past the inflated-size limit', async () => {
    const path = await zip('big.zip', [
      ['data/a.js', Buffer.alloc(MB, 0x61)],
      ['data/b.js', Buffer.alloc(MB, 0x62)],
    ]);
    await expect(openInput(path, { limits: { maxInflatedBytes: 1.5 * MB } })).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringMatching(/^big\.zip: /),
    });
    (await openInput(path, { limits: { maxInflatedBytes: 3 * MB } })).close();
  });
});

describe('gzip and tar archives that inflate past the limit', () => {
  it('stops unpacking a .tar.gz of zeros as soon as the count passes the limit, leaving no temp folder', async () => {
    const path = await tarGz('archive-2024.tar.gz', [
      ['outbox.json', Buffer.alloc(3 * MB)],
      ['actor.json', '{}'],
    ]);
    await expect(openInput(path, { limits: { maxInflatedBytes: MB } })).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringMatching(/^archive-2024\.tar\.gz: /),
    });
    expect(ownUnpackDirs()).toEqual([]);
  });

  it('refuses a .tar.gz that inflates far beyond its size (a gzip bomb) early', async () => {
    const path = await tarGz('archive-2024.tar.gz', [['media_attachments/x.png', Buffer.alloc(4 * MB)]]);
    await expect(openInput(path, { limits: { ratioAppliesAbove: MB, maxRatio: 200 } })).rejects.toMatchObject(
      { code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('archive-2024.tar.gz') },
    );
    expect(ownUnpackDirs()).toEqual([]);
  });

  it('stops a lone .gz stream once it inflates past the limit', async () => {
    const path = join(tempDir(), 'followers.jsonl.gz');
    writeFileSync(path, gzipSync(Buffer.alloc(3 * MB, 0x20)));
    const input = await openInput(path, { limits: { maxInflatedBytes: MB } });
    await expect(drain(input, input.entries[0]!.path)).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringMatching(/^followers\.jsonl\.gz: /),
    });
    input.close();
  });
});

describe('cancel during a read', () => {
  it('stops a file stream within a chunk of the abort', async () => {
    const path = join(tempDir(), 'follower.js');
    writeFileSync(path, Buffer.alloc(8 * MB, 0x20));
    const controller = new AbortController();
    const input = await openInput(path, { signal: controller.signal });
    let chunks = 0;
    let afterAbort = 0;
    const reading = (async () => {
      for await (const chunk of await input.open('follower.js')) {
        void chunk;
        chunks += 1;
        if (controller.signal.aborted) afterAbort += 1;
        if (chunks === 3) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(afterAbort).toBeLessThanOrEqual(1);
    input.close();
  });

  it('stops unpacking a .tar.gz when cancelled, leaving no temp folder', async () => {
    const path = await tarGz('archive-2024.tar.gz', [['outbox.json', Buffer.alloc(2 * MB, 0x20)]]);
    const controller = new AbortController();
    controller.abort();
    await expect(openInput(path, { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(ownUnpackDirs()).toEqual([]);
  });
});

describe('containers are told apart by their bytes, not their names', () => {
  it('reads the same bytes the same way whatever the file is called', async () => {
    const lines = '{"data":[{"id":"1","text":"hi"}]}\n{"data":[{"id":"2","text":"yo"}]}\n';
    const zipped = readFileSync(await zip('a.zip', [['followers.jsonl', lines]]));
    const tarred = readFileSync(await tarGz('a.tar', [['outbox.json', '{}']], false));
    const cases: [Buffer, string][] = [
      [Buffer.from(lines), 'file'],
      [gzipSync(Buffer.from(lines)), 'file'],
      [zipped, 'zip'],
      [tarred, 'tar'],
      [gzipSync(tarred), 'tar'],
    ];
    for (const [bytes, container] of cases) {
      const seen = new Set<string>();
      for (const name of ['export.jsonl', 'export.zip', 'export.tar.gz', 'export.json.gz', 'export']) {
        const path = join(tempDir(), name);
        writeFileSync(path, bytes);
        const input = await openInput(path);
        seen.add(`${input.container} ${input.entries.length} ${await drain(input, input.entries[0]!.path)}`);
        input.close();
      }
      expect([...seen]).toHaveLength(1);
      expect([...seen][0]).toMatch(new RegExp(`^${container} `));
    }
    void createReadStream;
  });
});

describe('cancel while an importer reads a padded file', () => {
  it('an X archive follower.js with megabytes of blanks stops within a chunk of the cancel', async () => {
    const dir = tempDir();
    const blanks = ' '.repeat(8 * MB);
    writeFiles(dir, {
      'data/manifest.js': manifestFile({ follower: [{ fileName: 'data/follower.js', count: 2 }] }),
      'data/account.js': accountFile(),
      'data/follower.js': `window.YTD.follower.part0 = [ {"follower":{"accountId":"1"}},${blanks}{"follower":{"accountId":"2"}} ]`,
    });
    const controller = new AbortController();
    const input = await openInput(dir, { signal: controller.signal });
    let progressAfterAbort = 0;
    const ctx = {
      signal: controller.signal,
      progress: (done: number) => {
        if (controller.signal.aborted) progressAfterAbort += 1;
        else if (done > MB) controller.abort();
      },
    };
    const reading = (async () => {
      for await (const record of xArchiveFormat.read(input, {}, ctx)) void record;
    })();
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    // Progress comes once per chunk read: at most one more chunk was read after the cancel.
    expect(progressAfterAbort).toBeLessThanOrEqual(1);
    input.close();
  });
});
