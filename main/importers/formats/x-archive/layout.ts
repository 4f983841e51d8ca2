import type { InputSource } from '../../input';
import type { ArchiveManifest } from './manifest';

/**
 * Where the archive sits in what the user picked: a ZIP (`data/manifest.js`), its unpacked
 * folder (maybe one level down), or a folder holding the data files directly (our samples).
 */
export type ArchiveLocation =
  | {
      kind: 'ytd';
      /** The folder of the data files, '' or ending in '/' ('data/', 'twitter-2020/data/'). */
      dataDir: string;
      manifestPath?: string;
      accountPath?: string;
    }
  | {
      kind: 'grailbird';
      /** The `js/` folder holding `tweets/YYYY_MM.js`, user_details.js and payload_details.js. */
      jsDir: string;
      monthPaths: string[];
    };

/** The data types this reader looks at: manifest type names and file base names by era. */
export const dataTypes = {
  tweets: { manifest: ['tweets', 'tweet'], base: ['tweets', 'tweet'] },
  deletedTweets: { manifest: ['deletedTweets'], base: ['deleted-tweets'] },
  communityTweets: { manifest: ['communityTweet'], base: ['community-tweet'] },
  noteTweets: { manifest: ['noteTweet'], base: ['note-tweet'] },
  followers: { manifest: ['follower'], base: ['follower'] },
  following: { manifest: ['following'], base: ['following'] },
  likes: { manifest: ['like'], base: ['like'] },
  tweetHeaders: { manifest: ['tweetHeaders'], base: ['tweet-headers'] },
  deletedTweetHeaders: { manifest: ['deletedTweetHeaders'], base: ['deleted-tweet-headers'] },
  blocks: { manifest: ['block'], base: ['block'] },
  mutes: { manifest: ['mute'], base: ['mute'] },
  screenNameChanges: { manifest: ['screenNameChange'], base: ['screen-name-change'] },
  account: { manifest: ['account'], base: ['account'] },
  profile: { manifest: ['profile'], base: ['profile'] },
} as const;
export type DataType = keyof typeof dataTypes;

const MONTH_FILE = /(^|\/)js\/tweets\/\d{4}_\d{2}\.js$/;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function dirName(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

async function startsWith(input: InputSource, path: string, pattern: RegExp): Promise<boolean> {
  const head = (await input.head(path, 512)).toString('utf8').replace(/^\uFEFF/, '');
  return pattern.test(head);
}

/** The shallowest entries with this file name: an archive inside a folder is one level down. */
function shallowest(input: InputSource, name: string): string[] {
  return input.entries
    .map((e) => e.path)
    .filter((p) => baseName(p) === name)
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .slice(0, 3);
}

/** Finds the archive from the listing and a few first bytes; null when it is not an X archive. */
export async function locateArchive(input: InputSource): Promise<ArchiveLocation | null> {
  for (const path of shallowest(input, 'manifest.js')) {
    if (await startsWith(input, path, /^\s*window\.__THAR_CONFIG\s*=/)) {
      const accountPath = dirName(path) + 'account.js';
      return {
        kind: 'ytd',
        dataDir: dirName(path),
        manifestPath: path,
        accountPath: input.has(accountPath) ? accountPath : undefined,
      };
    }
  }
  for (const path of shallowest(input, 'account.js')) {
    if (await startsWith(input, path, /^\s*window\.YTD\.account\.part\d+\s*=/)) {
      return { kind: 'ytd', dataDir: dirName(path), accountPath: path };
    }
  }
  const months = input.entries.map((e) => e.path).filter((p) => MONTH_FILE.test(p));
  const first = months[0];
  if (first && (await startsWith(input, first, /^\s*Grailbird\.data\.tweets_\d{4}_\d{2}\s*=/))) {
    const jsDir = first.slice(0, first.lastIndexOf('tweets/'));
    return {
      kind: 'grailbird',
      jsDir,
      monthPaths: months.filter((p) => p.startsWith(jsDir + 'tweets/')).sort(),
    };
  }
  return null;
}

/**
 * When `locateArchive` found nothing: the archive file that is there but does not start as X
 * writes it (damaged, or edited), so the refusal can name it rather than call it missing.
 */
export function unrecognisedArchiveFile(input: InputSource): { path: string; expected: string } | undefined {
  const manifest = shallowest(input, 'manifest.js')[0];
  if (manifest) return { path: manifest, expected: 'window.__THAR_CONFIG =' };
  const account = shallowest(input, 'account.js')[0];
  if (account) return { path: account, expected: 'window.YTD.account.part0 =' };
  return undefined;
}

/** A manifest's `data/tweets.js` as an entry path of this input, or undefined when absent. */
export function resolveDataFile(input: InputSource, dataDir: string, fileName: string): string | undefined {
  const inData = dataDir + fileName.replace(/^data\//, '');
  if (input.has(inData)) return inData;
  const root = dataDir.endsWith('data/') ? dataDir.slice(0, -'data/'.length) : dataDir;
  return input.has(root + fileName) ? root + fileName : undefined;
}

export interface DataFile {
  path: string;
  /** The record count the manifest gives, when it lists this file. */
  expected?: number;
}

export interface DataFiles {
  present: DataFile[];
  /** Files the manifest lists that the input does not hold (e.g. left out of a copy). */
  missing: { fileName: string; count?: number }[];
}

function partNumber(path: string): number {
  return Number(/-part(\d+)\.js$/.exec(path)?.[1] ?? 0);
}

/**
 * The files of one data type, in part order: those the manifest lists, plus any `name.js` /
 * `name-partN.js` it does not (an archive without a manifest, or one edited by hand).
 */
export function filesOf(
  input: InputSource,
  dataDir: string,
  manifest: ArchiveManifest | undefined,
  type: DataType,
): DataFiles {
  const { manifest: typeNames, base } = dataTypes[type];
  const present: DataFile[] = [];
  const missing: DataFiles['missing'] = [];
  const seen = new Set<string>();
  for (const typeName of typeNames) {
    for (const file of manifest?.files.get(typeName) ?? []) {
      const path = resolveDataFile(input, dataDir, file.fileName);
      if (!path) missing.push(file);
      else if (!seen.has(path)) {
        seen.add(path);
        present.push({ path, expected: file.count });
      }
    }
  }
  const pattern = new RegExp(`^(?:${base.join('|')})(?:-part\\d+)?\\.js$`);
  for (const entry of input.entries) {
    const inDataDir = entry.path.startsWith(dataDir) && !entry.path.slice(dataDir.length).includes('/');
    if (inDataDir && pattern.test(baseName(entry.path)) && !seen.has(entry.path)) {
      seen.add(entry.path);
      present.push({ path: entry.path });
    }
  }
  present.sort((a, b) => partNumber(a.path) - partNumber(b.path) || a.path.localeCompare(b.path));
  return { present, missing };
}
