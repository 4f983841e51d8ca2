// Tests only: the shared samples walked whole, to check that a detector claims its own and no other.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ImportFormat } from '../importers/format';
import { samplesDir } from './samples';
import { detectAt } from './test-files';

/** A file or folder under the shared samples. */
export interface Sample {
  path: string;
  /** Relative to the samples folder, with '/' on every platform: "twarc2/flat.jsonl". */
  name: string;
  folder: boolean;
}

/** Every file and folder under `dir` (all the shared samples by default), each folder before what it holds. */
export function everySample(dir = samplesDir): Sample[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    const name = relative(samplesDir, path).split('\\').join('/');
    return item.isDirectory()
      ? [{ path, name, folder: true }, ...everySample(path)]
      : [{ path, name, folder: false }];
  });
}

/** The names of the samples `format`'s detector claims, sorted. */
export async function samplesClaimedBy(format: ImportFormat, samples = everySample()): Promise<string[]> {
  const claimed: string[] = [];
  for (const sample of samples) if (await detectAt(format, sample.path)) claimed.push(sample.name);
  return claimed.sort();
}
