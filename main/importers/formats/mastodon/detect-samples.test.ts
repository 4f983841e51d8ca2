import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../input';
import { samplesDir } from '../../../test-support/samples';
import { mastodonFormat } from './index';

/** Every file and folder under the shared samples, relative to it. */
function allSamples(dir = samplesDir): { path: string; name: string; folder: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    const name = relative(samplesDir, path);
    return item.isDirectory()
      ? [{ path, name, folder: true }, ...allSamples(path)]
      : [{ path, name, folder: false }];
  });
}

describe('Mastodon detector over every shared sample', () => {
  it('claims the Mastodon files and archive folders, and nothing of any other format', async () => {
    const claimed: string[] = [];
    for (const sample of allSamples()) {
      const input = await openInput(sample.path);
      try {
        if (await mastodonFormat.detect(input)) claimed.push(sample.name);
      } finally {
        input.close();
      }
    }
    expect(claimed.sort()).toEqual([
      'mastodon/dealingwith-2024',
      'mastodon/dealingwith-2024/actor.json',
      'mastodon/dealingwith-2024/bookmarks.json',
      'mastodon/dealingwith-2024/likes.json',
      'mastodon/goija-2026',
      'mastodon/goija-2026/bookmarks.json',
      'mastodon/goija-2026/outbox.json',
      'mastodon/hikurry-2022',
      'mastodon/hikurry-2022/bookmarks.json',
      'mastodon/hikurry-2022/likes.json',
    ]);
  });
});
