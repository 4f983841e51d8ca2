import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { useTempDir } from '../test-support/temp-dir';
import { openInput } from './input';

const tempDir = useTempDir();

function zip(path: string, entries: Record<string, string | Buffer>, options: { compress?: boolean } = {}) {
  const archive = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    archive.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, {
      compress: options.compress ?? true,
    });
  }
  archive.end();
  return new Promise<void>((resolve) =>
    archive.outputStream.pipe(createWriteStream(path)).on('close', resolve),
  );
}

async function text(stream: NodeJS.ReadableStream) {
  let out = '';
  for await (const chunk of stream) out += chunk.toString();
  return out;
}

describe('inputs', () => {
  it('reads a lone file, a folder and a ZIP the same way', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'a.js'), 'window.YTD = []');
    writeFileSync(join(dir, '.DS_Store'), 'junk');
    const folder = await openInput(dir);
    expect(folder.container).toBe('folder');
    expect(folder.entries.map((e) => e.path)).toEqual(['data/a.js']);
    expect(await text(await folder.open('data/a.js'))).toBe('window.YTD = []');

    const zipPath = join(tempDir(), 'archive.zip');
    await zip(zipPath, { 'data/a.js': 'window.YTD = []', 'data/b.js': 'x' });
    const archive = await openInput(zipPath);
    expect(archive.container).toBe('zip');
    expect(archive.entries.map((e) => e.path).sort()).toEqual(['data/a.js', 'data/b.js']);
    expect((await archive.head('data/a.js', 6)).toString()).toBe('window');
    expect(await archive.fingerprint()).toMatch(/^[0-9a-f]{64}$/);
    archive.close();

    const lone = await openInput(join(dir, 'data', 'a.js'));
    expect(lone.container).toBe('file');
    expect(lone.entries).toEqual([{ path: 'a.js', size: 15 }]);
  });

  it('refuses a ZIP whose entry names climb out of the archive', async () => {
    const path = join(tempDir(), 'evil.zip');
    // yazl refuses to write such names itself, so patch a same-length name after writing.
    await zip(path, { 'aa/evil.js': 'x' }, { compress: false });
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    writeFileSync(
      path,
      Buffer.from(bytes.toString('latin1').replaceAll('aa/evil.js', '../evil.js'), 'latin1'),
    );
    await expect(openInput(path)).rejects.toMatchObject({
      code: 'IMPORT_UNSAFE_ARCHIVE',
      message: expect.stringMatching(/evil\.zip: .*outside the archive/),
    });
  });

  it('refuses a ZIP bomb before inflating it', async () => {
    const path = join(tempDir(), 'bomb.zip');
    await zip(path, { 'data/tweets.js': Buffer.alloc(80 * 1024 * 1024, 0x20) });
    await expect(openInput(path)).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringContaining('ZIP bomb'),
    });
  });

  it('a damaged ZIP is refused with its name', async () => {
    const path = join(tempDir(), 'cut.zip');
    await zip(path, { 'data/a.js': 'hello world'.repeat(100) });
    const { readFileSync } = await import('node:fs');
    writeFileSync(path, readFileSync(path).subarray(0, 60));
    await expect(openInput(path)).rejects.toMatchObject({
      code: 'IMPORT_FORMAT',
      message: expect.stringContaining('cut.zip'),
    });
  });
});
