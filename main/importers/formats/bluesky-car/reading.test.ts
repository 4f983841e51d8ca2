import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../common/errors';
import { openInput } from '../../input';
import type { ImportRecord } from '../../records';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { repoCar } from './car-fixture';
import { blueskyCarFormat } from './index';

const did = 'did:plc:abcdefghijklmnopqrstuvwx';

describe('Bluesky CAR: reading', () => {
  const tempDir = useTempDir();

  it('stops with CANCELLED when the import is cancelled', async () => {
    const input = await openInput(samplePath('bluesky', 'greenground.repo.car'));
    const controller = new AbortController();
    controller.abort();
    const read = async () => {
      for await (const record of blueskyCarFormat.read(
        input,
        {},
        { signal: controller.signal, progress: () => {} },
      )) {
        void record;
      }
    };
    await expect(read()).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(read()).rejects.toBeInstanceOf(AppError);
    input.close();
  });

  it('reports progress over its two passes up to twice the file size', async () => {
    const path = samplePath('bluesky', 'fakermaker.repo.car');
    const input = await openInput(path);
    const calls: [number, number | null][] = [];
    const ctx = {
      signal: new AbortController().signal,
      progress: (done: number, total: number | null) => calls.push([done, total]),
    };
    for await (const record of blueskyCarFormat.read(input, {}, ctx)) void record;
    input.close();
    const size = input.entries[0]!.size;
    expect(calls.at(-1)).toEqual([size * 2, size * 2]);
    expect(calls.every(([done, total]) => total === size * 2 && done <= size * 2)).toBe(true);
  });

  it('gives every key of records that share one block (identical follows)', async () => {
    const follow = {
      $type: 'app.bsky.graph.follow',
      subject: 'did:plc:friend',
      createdAt: '2024-01-01T00:00:00Z',
    };
    const path = join(tempDir(), 'twins.car');
    writeFileSync(
      path,
      await repoCar(did, { 'app.bsky.graph.follow/3a': follow, 'app.bsky.graph.follow/3b': follow }),
    );
    const { of } = await collectRecords(blueskyCarFormat, path);
    expect(of('follow')).toHaveLength(2);
  });

  it('reads a CAR inside a ZIP, found by its header', async () => {
    const path = join(tempDir(), 'export.zip');
    const zip = new yazl.ZipFile();
    zip.addBuffer(
      await repoCar(did, { 'app.bsky.feed.post/3a': { $type: 'app.bsky.feed.post', text: 'hi' } }),
      'repo',
    );
    zip.addBuffer(Buffer.from('read me'), 'README.txt');
    zip.end();
    await new Promise<void>((resolve, reject) => {
      zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
    });
    const input = await openInput(path);
    expect(await blueskyCarFormat.detect(input)).toMatchObject({ owner: { id: did } });
    input.close();
    const { of } = await collectRecords(blueskyCarFormat, path);
    const posts: ImportRecord[] = of('post');
    expect(posts).toEqual([expect.objectContaining({ id: `at://${did}/app.bsky.feed.post/3a`, text: 'hi' })]);
    // A post without createdAt keeps its date unknown.
    expect(of('post')[0]?.createdAt).toBeUndefined();
  });
});
