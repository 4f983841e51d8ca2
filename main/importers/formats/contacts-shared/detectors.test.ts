import { describe, expect, it } from 'vitest';
import { everySample, samplesClaimedBy } from '../../../test-support/sample-walk';
import { genericCsvFormat } from '../generic-csv/index';
import { googleCsvFormat } from '../google-csv/index';
import { linkedinCsvFormat } from '../linkedin-csv/index';
import { vcardFormat } from '../vcard/index';

/** Sample files only: these formats are never a folder of their own. */
const files = everySample().filter((sample) => !sample.folder);

describe('detectors over every sample file', () => {
  const all = files.map((sample) => sample.name);

  it('linkedin-csv claims the three LinkedIn exports and nothing else', async () => {
    expect(await samplesClaimedBy(linkedinCsvFormat, files)).toEqual(
      all.filter((p) => p.startsWith('contacts/linkedin/')).sort(),
    );
    expect(all.filter((p) => p.startsWith('contacts/linkedin/'))).toHaveLength(3);
  });

  it('google-csv claims none of them (there is no real Google sample)', async () => {
    expect(await samplesClaimedBy(googleCsvFormat, files)).toEqual([]);
  });

  it('vcard claims the nine .vcf files and nothing else', async () => {
    const vcfs = all.filter((p) => p.endsWith('.vcf')).sort();
    expect(vcfs).toHaveLength(9);
    expect(await samplesClaimedBy(vcardFormat, files)).toEqual(vcfs);
  });

  it('generic-csv claims only CSV files whose first row is a header (it is tried last)', async () => {
    // Every .csv but the 2024 LinkedIn export, whose first row is its "Notes:" preamble; no e-mail,
    // calendar or JSON file, though it no longer looks at names.
    const expected = all.filter((p) => p.endsWith('.csv') && !p.includes('Connections-2024')).sort();
    expect(expected).toHaveLength(16);
    expect(await samplesClaimedBy(genericCsvFormat, files)).toEqual(expected);
  });
});
