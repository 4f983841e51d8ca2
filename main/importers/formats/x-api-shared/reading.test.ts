import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test-support/temp-dir';
import { quietContext, readInput } from '../../../test-support/read-input';
import type { ImportRecord } from '../../records';
import { readDataEntries, type EntryReading } from './reading';

const tempDir = useTempDir();

/** A folder of the files given. */
function folderOf(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const account = (id: string): ImportRecord => ({ type: 'account', key: { network: 'x', id } });

/** Reads each entry as one account per line of its text, telling how many bytes it read. */
async function* accountsPerLine(reading: EntryReading): AsyncGenerator<ImportRecord> {
  let bytes = 0;
  for await (const chunk of await reading.input.open(reading.entry.path)) {
    bytes += (chunk as Buffer).length;
    reading.onBytes(bytes);
    for (const id of (chunk as Buffer).toString('utf8').split('\n').filter(Boolean)) yield account(id);
  }
}

async function readAll(folder: string, signal?: AbortSignal) {
  const progress: [number, number | null][] = [];
  const ctx = quietContext((done, total) => progress.push([done, total]));
  const records = await readInput(folder, (input) =>
    readDataEntries(input, signal ? { ...ctx, signal } : ctx, accountsPerLine),
  );
  return { records, progress };
}

describe('readDataEntries: the loop every API-export reader runs over its files', () => {
  it('reads the data files in order, passing over hidden files and read-me notes', async () => {
    const folder = folderOf({
      'a.txt': '1\n2\n',
      'b.txt': '3\n',
      '.DS_Store': '9\n',
      'README.md': '8\n',
    });
    const { records } = await readAll(folder);
    expect(records).toEqual([account('1'), account('2'), account('3')]);
  });

  it('leaves out a record that repeats one read from an earlier file (collections overlap)', async () => {
    const folder = folderOf({ 'a.txt': '1\n2\n', 'b.txt': '2\n3\n' });
    const { records } = await readAll(folder);
    expect(records).toEqual([account('1'), account('2'), account('3')]);
  });

  it('reports the bytes read across all files, each file counted whole once read', async () => {
    const folder = folderOf({ 'a.txt': '1\n2\n', 'b.txt': '33\n' });
    const { progress } = await readAll(folder);
    expect(progress).toContainEqual([4, 7]);
    expect(progress[progress.length - 1]).toEqual([7, 7]);
  });

  it('stops with a cancellation before reading a file once the import is cancelled', async () => {
    const folder = folderOf({ 'a.txt': '1\n' });
    const cancel = new AbortController();
    cancel.abort();
    await expect(readAll(folder, cancel.signal)).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
