import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePath, samplesDir } from '../../../test-support/samples';
import { openInput } from '../../input';
import { xArchiveFormat } from './index';

/** Every file and folder under `dir`, the folder itself included. */
function everything(dir: string): string[] {
  const paths = [dir];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    paths.push(...(statSync(path).isDirectory() ? everything(path) : [path]));
  }
  return paths;
}

async function detect(path: string) {
  const input = await openInput(path);
  try {
    return await xArchiveFormat.detect(input);
  } finally {
    input.close();
  }
}

describe('X archive detection', () => {
  it("claims no other format's sample, file or folder", async () => {
    const others = readdirSync(samplesDir)
      .filter((name) => name !== 'x-archive')
      .map((name) => join(samplesDir, name))
      .flatMap((path) => (statSync(path).isDirectory() ? everything(path) : [path]));
    // find samples -not -path './x-archive*' -not -path .: 87 files and 25 folders (mail,
    // calendar and linkedin-export samples came later; SOURCES.md is a file).
    expect(others).toHaveLength(112);
    const claimed: string[] = [];
    for (const path of others) {
      if ((await detect(path)) !== null) claimed.push(relative(samplesDir, path));
    }
    expect(claimed).toEqual([]);
  });

  it('recognises every X archive sample and its owner, and a lone account.js', async () => {
    const owners: Record<string, string | undefined> = {};
    for (const name of readdirSync(samplePath('x-archive'))) {
      const detection = await detect(samplePath('x-archive', name));
      owners[name] = detection?.owner?.id;
    }
    expect(owners).toEqual({
      'denchi-2020': '1153674767859441664',
      'ezilryb-2026': '2043360286044766208',
      'grailbird-2014-archie22is': '21204689',
      'honestmvp-2020': '1132310752344383488',
    });
    expect((await detect(samplePath('x-archive', 'honestmvp-2020', 'account.js')))?.summary).toBe(
      'X archive of @HonestMvp: no posts, followers or likes',
    );
    expect(await detect(samplePath('x-archive', 'honestmvp-2020', 'tweet.js'))).toBeNull();
  });
});
