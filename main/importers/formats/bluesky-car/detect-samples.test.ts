import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../input';
import { samplesDir } from '../../../test-support/samples';
import { blueskyCarFormat } from './index';

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

describe('Bluesky CAR detector over every shared sample', () => {
  it('claims the repository CAR files (not the folder of four: whose would it be?), and nothing of any other format', async () => {
    const claimed: string[] = [];
    for (const sample of allSamples()) {
      const input = await openInput(sample.path);
      try {
        if (await blueskyCarFormat.detect(input)) claimed.push(sample.name);
      } finally {
        input.close();
      }
    }
    expect(claimed.sort()).toEqual([
      'bluesky/bnewbold.robocracy.org.20250310005405.car',
      'bluesky/fakermaker.repo.car',
      'bluesky/greenground.repo.car',
      'bluesky/paul_staging.repo.car',
    ]);
  });
});
