import { describe, expect, it } from 'vitest';
import { discardUploads } from './discardUploads';

describe('discardUploads', () => {
  it('sends nothing when nothing was uploaded', async () => {
    const calls: string[][] = [];
    await discardUploads([], async (paths) => calls.push(paths));
    expect(calls).toEqual([]);
  });

  it('sends the paths in calls of at most 500', async () => {
    const calls: string[][] = [];
    const paths = Array.from({ length: 1_201 }, (_, i) => `/data/uploads/1-aaaaaaaa/drop-x/f${i}.js`);
    await discardUploads(paths, async (batch) => calls.push(batch));
    expect(calls.map((batch) => batch.length)).toEqual([500, 500, 201]);
    expect(calls.flat()).toEqual(paths);
  });

  it('gives up quietly when the connection is gone', async () => {
    await expect(
      discardUploads(['/a'], () => Promise.reject(new Error('connection lost'))),
    ).resolves.toBeUndefined();
  });
});
