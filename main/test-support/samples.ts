import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../host/project-root';

/** ../shared/samples beside the repository: real files made by other people (see SOURCES.md). */
export const samplesDir = join(projectRoot, '..', 'shared', 'samples');

export function samplePath(...parts: string[]): string {
  const path = join(samplesDir, ...parts);
  if (!existsSync(path)) throw new Error(`Sample missing: ${path} (is ../shared beside the repo?)`);
  return path;
}
