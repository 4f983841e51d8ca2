import {
  createReadStream,
  createWriteStream,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../db/workspace-file';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { openInput } from './input';
import { detectFormat, runImport } from '../ingest/pipeline';

const tempDir = useTempDir();

/** Writes a .tar.gz holding `files` (name → content), in order. */
async function tarGz(name: string, files: [string, Buffer | string][]): Promise<string> {
  const pack = tar.pack();
  for (const [entryName, content] of files) pack.entry({ name: entryName }, content);
  pack.finalize();
  const path = join(tempDir(), name);
  await pipeline(pack, createGzip(), createWriteStream(path));
  return path;
}

async function gzip(source: string, name: string): Promise<string> {
  const path = join(tempDir(), name);
  await pipeline(createReadStream(source), createGzip(), createWriteStream(path));
  return path;
}

const quiet = { signal: new AbortController().signal, progress: () => {} };

describe('gzip inputs', () => {
  it('reads a Mastodon .tar.gz export like its folder, leaving media aside', async () => {
    const folder = samplePath('mastodon', 'dealingwith-2024');
    const files = readdirSync(folder).map((file): [string, Buffer] => [
      file,
      readFileSync(join(folder, file)),
    ]);
    const archive = await tarGz('archive-20240301.tar.gz', [
      ...files,
      ['media_attachments/files/109/big.png', Buffer.alloc(4096, 1)],
    ]);
    const input = await openInput(archive);
    expect(input.container).toBe('tar');
    expect(input.entries.map((e) => e.path)).toEqual(files.map(([name]) => name).sort());
    const found = await detectFormat(input);
    expect(found?.format.id).toBe('mastodon');
    input.close();

    const fromTar = await runImport(
      createWorkspaceFile(join(tempDir(), 'a.itrack'), 'test'),
      { path: archive },
      quiet,
    );
    const fromFolder = await runImport(
      createWorkspaceFile(join(tempDir(), 'b.itrack'), 'test'),
      { path: folder },
      quiet,
    );
    expect(fromTar.added).toEqual(fromFolder.added);
    expect(fromTar.added.posts + fromTar.added.likes).toBeGreaterThan(0);
  });

  it('removes its unpacked files when closed', async () => {
    const archive = await tarGz('small.tar.gz', [['actor.json', '{}']]);
    const ownFolders = () =>
      readdirSync(tmpdir()).filter((n) => n.startsWith(`inside-track-unpack-${process.pid}-`));
    const before = ownFolders();
    const input = await openInput(archive);
    const [unpacked] = ownFolders().filter((n) => !before.includes(n));
    let text = '';
    for await (const chunk of await input.open('actor.json')) text += String(chunk);
    expect(text).toBe('{}');
    expect(existsSync(join(tmpdir(), unpacked!, 'actor.json'))).toBe(true);
    input.close();
    expect(existsSync(join(tmpdir(), unpacked!))).toBe(false);
  });

  it('refuses entries whose names point outside the archive', async () => {
    const archive = await tarGz('escape.tar.gz', [['../../etc/evil.json', '{}']]);
    await expect(openInput(archive)).rejects.toThrow(/points outside the archive/);
  });

  it('reads a lone gzipped file as the file inside', async () => {
    const jsonl = samplePath('twarc2');
    const first = readdirSync(jsonl).find((f) => f.endsWith('.jsonl'))!;
    const path = await gzip(join(jsonl, first), `${first}.gz`);
    const input = await openInput(path);
    expect(input.container).toBe('file');
    expect(input.entries).toEqual([{ path: first, size: readFileSync(join(jsonl, first)).length }]);
    expect((await input.head(first, 20)).toString()).toBe(
      readFileSync(join(jsonl, first)).subarray(0, 20).toString(),
    );
    expect((await detectFormat(input))?.format.id).toBe('twarc2');
  });

  it('says a gzipped file cut short is damaged, naming it', async () => {
    const path = join(tempDir(), 'followers.jsonl');
    writeFileSync(path, randomBytes(200_000).toString('base64'));
    const zipped = await gzip(path, 'followers.jsonl.gz');
    const cut = join(tempDir(), 'cut.jsonl.gz');
    writeFileSync(cut, readFileSync(zipped).subarray(0, 100_000));
    const input = await openInput(cut);
    const reading = (async () => {
      for await (const chunk of await input.open('cut.jsonl')) void chunk;
    })();
    await expect(reading).rejects.toThrow(/^cut\.jsonl\.gz: damaged gzip file/);
  });

  it('says a damaged archive is damaged, naming the file', async () => {
    // Random bytes do not compress: cutting the end cuts into the entry's data.
    const archive = await tarGz('cut.tar.gz', [['outbox.json', randomBytes(100_000)]]);
    const bytes = readFileSync(archive);
    const cut = join(tempDir(), 'cut-short.tar.gz');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 200));
    await expect(openInput(cut)).rejects.toThrow(/cut-short\.tar\.gz.*damaged/);
  });
});
