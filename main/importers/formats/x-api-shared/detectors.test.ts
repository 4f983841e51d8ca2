import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../input';
import { everySample } from '../../../test-support/sample-walk';
import { samplesDir } from '../../../test-support/samples';
import { snscrapeFormat } from '../snscrape';
import { twarc2Format } from '../twarc2';
import { twarcCsvFormat } from '../twarc-csv';
import { xApiV2Format } from '../x-api-v2';

const formats = [xApiV2Format, twarc2Format, twarcCsvFormat, snscrapeFormat];

/** Every sample file and folder these detectors claim; everything else must be left alone. */
const claims: Record<string, string> = {
  snscrape: 'snscrape',
  'snscrape/twitter-search-ZM.jsonl': 'snscrape',
  'snscrape/twitter-user-jack.jsonl': 'snscrape',
  'twarc2/flat.jsonl': 'twarc2',
  'twarc2/mentions_tweet.jsonl': 'twarc2',
  'twarc2/noflat.jsonl': 'twarc2',
  'twarc2/small_sample.csv': 'twarc-csv',
  'twarc2/small_sample.json': 'twarc2',
  'twarc2/streaming_output_with_error.jsonl': 'twarc2',
  'twarc2/users.jsonl': 'twarc2',
  'x-api-v2': 'x-api-v2',
  'x-api-v2/tweepy-cassettes': 'x-api-v2',
};
for (const name of readdirSync(join(samplesDir, 'x-api-v2', 'tweepy-cassettes'))) {
  claims[`x-api-v2/tweepy-cassettes/${name}`] = 'x-api-v2';
}

describe('the X API, twarc and snscrape detectors', () => {
  const samples = everySample();

  it('see every sample of every format (the walk is not empty)', () => {
    // 11 cassettes + 7 twarc2 files + 2 snscrape files, and the other formats' samples besides.
    expect(samples.length).toBeGreaterThan(80);
    expect(Object.keys(claims)).toHaveLength(23);
  });

  it('claim exactly their own samples, and each only one format', async () => {
    const found: Record<string, string> = {};
    for (const sample of samples) {
      const input = await openInput(sample.path);
      try {
        const ids: string[] = [];
        for (const format of formats) if (await format.detect(input)) ids.push(format.id);
        if (ids.length) found[sample.name] = ids.join(' + ');
      } finally {
        input.close();
      }
    }
    expect(found).toEqual(claims);
  });
});
