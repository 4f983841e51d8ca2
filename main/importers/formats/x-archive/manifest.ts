import { parseDate } from '../../util/dates';
import { idString } from '../../util/lossless-json';
import { asObject, countAt, listAt, objectAt, textAt } from '../../util/json-shape';

/** One data file the manifest lists, e.g. `data/tweets-part1.js` with 1200 records. */
export interface ManifestFile {
  fileName: string;
  count?: number;
}

/** What `manifest.js` (`window.__THAR_CONFIG = {...}`) says about the archive. */
export interface ArchiveManifest {
  accountId?: string;
  userName?: string;
  displayName?: string;
  /** archiveInfo.generationDate, UTC ISO. */
  generatedAt?: string;
  /** dataTypes.<type>.files by type name (`tweets`, `follower`, `like`, ...). */
  files: Map<string, ManifestFile[]>;
}

export function manifestFrom(value: unknown): ArchiveManifest {
  const userInfo = objectAt(value, 'userInfo');
  const files = new Map<string, ManifestFile[]>();
  const dataTypes = objectAt(value, 'dataTypes') ?? {};
  for (const [type, description] of Object.entries(dataTypes)) {
    const listed: ManifestFile[] = [];
    for (const file of listAt(description, 'files')) {
      const fileName = textAt(file, 'fileName');
      if (fileName) listed.push({ fileName, count: countAt(file, 'count') });
    }
    if (listed.length > 0) files.set(type, listed);
  }
  return {
    accountId: idString(asObject(userInfo)?.accountId),
    userName: textAt(userInfo, 'userName'),
    displayName: textAt(userInfo, 'displayName'),
    generatedAt: parseDate(textAt(objectAt(value, 'archiveInfo'), 'generationDate')),
    files,
  };
}
