import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everySample, samplesClaimedBy } from '../../../test-support/sample-walk';
import { samplePath } from '../../../test-support/samples';
import { xArchiveFormat } from './index';
import { detectAt } from '../../../test-support/test-files';

describe('X archive detection', () => {
  it("claims no other format's sample, file or folder", async () => {
    const others = everySample().filter((sample) => sample.name.split('/')[0] !== 'x-archive');
    // find samples -not -path './x-archive*' -not -path .: 87 files and 25 folders (mail,
    // calendar and linkedin-export samples came later; SOURCES.md is a file).
    expect(others).toHaveLength(112);
    expect(await samplesClaimedBy(xArchiveFormat, others)).toEqual([]);
  });

  it('recognises every X archive sample and its owner, and a lone account.js', async () => {
    const owners: Record<string, string | undefined> = {};
    for (const name of readdirSync(samplePath('x-archive'))) {
      const detection = await detectAt(xArchiveFormat, samplePath('x-archive', name));
      owners[name] = detection?.owner?.id;
    }
    expect(owners).toEqual({
      'denchi-2020': '1153674767859441664',
      'ezilryb-2026': '2043360286044766208',
      'grailbird-2014-archie22is': '21204689',
      'honestmvp-2020': '1132310752344383488',
    });
    expect(
      (await detectAt(xArchiveFormat, samplePath('x-archive', 'honestmvp-2020', 'account.js')))?.summary,
    ).toBe('X archive of @HonestMvp: no posts, followers or likes');
    expect(await detectAt(xArchiveFormat, samplePath('x-archive', 'honestmvp-2020', 'tweet.js'))).toBeNull();
  });
});
