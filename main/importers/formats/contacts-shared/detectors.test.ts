import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplesDir } from '../../../test-support/samples';
import type { ImportFormat } from '../../format';
import { genericCsvFormat } from '../generic-csv/index';
import { googleCsvFormat } from '../google-csv/index';
import { linkedinCsvFormat } from '../linkedin-csv/index';
import { vcardFormat } from '../vcard/index';
import { detectAt } from './test-files';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function claimedBy(format: ImportFormat): Promise<string[]> {
  const claimed: string[] = [];
  for (const path of filesUnder(samplesDir)) {
    if (await detectAt(format, path)) claimed.push(relative(samplesDir, path));
  }
  return claimed.sort();
}

describe('detectors over every sample file', () => {
  const all = filesUnder(samplesDir).map((p) => relative(samplesDir, p));

  it('linkedin-csv claims the three LinkedIn exports and nothing else', async () => {
    expect(await claimedBy(linkedinCsvFormat)).toEqual(
      all.filter((p) => p.startsWith('contacts/linkedin/')).sort(),
    );
    expect(all.filter((p) => p.startsWith('contacts/linkedin/'))).toHaveLength(3);
  });

  it('google-csv claims none of them (there is no real Google sample)', async () => {
    expect(await claimedBy(googleCsvFormat)).toEqual([]);
  });

  it('vcard claims the nine .vcf files and nothing else', async () => {
    const vcfs = all.filter((p) => p.endsWith('.vcf')).sort();
    expect(vcfs).toHaveLength(9);
    expect(await claimedBy(vcardFormat)).toEqual(vcfs);
  });

  it('generic-csv claims only CSV files whose first row is a header (it is tried last)', async () => {
    // Every .csv but the 2024 LinkedIn export, whose first row is its "Notes:" preamble; no e-mail,
    // calendar or JSON file, though it no longer looks at names.
    const expected = all.filter((p) => p.endsWith('.csv') && !p.includes('Connections-2024')).sort();
    expect(expected).toHaveLength(16);
    expect(await claimedBy(genericCsvFormat)).toEqual(expected);
  });
});
