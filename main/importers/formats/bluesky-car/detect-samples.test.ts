import { describe, expect, it } from 'vitest';
import { samplesClaimedBy } from '../../../test-support/sample-walk';
import { blueskyCarFormat } from './index';

describe('Bluesky CAR detector over every shared sample', () => {
  it('claims the repository CAR files (not the folder of four: whose would it be?), and nothing of any other format', async () => {
    expect(await samplesClaimedBy(blueskyCarFormat)).toEqual([
      'bluesky/bnewbold.robocracy.org.20250310005405.car',
      'bluesky/fakermaker.repo.car',
      'bluesky/greenground.repo.car',
      'bluesky/paul_staging.repo.car',
    ]);
  });
});
