import type { Detection } from '../../format';
import type { InputSource } from '../../input';
import { parseAssignedValue } from './assigned-json';
import { monthsOf } from './grailbird-index';
import { filesOf, locateArchive, type DataType } from './layout';
import { manifestFrom, type ArchiveManifest } from './manifest';
import { ownerFromGrailbird, ownerFromYtd, ownerKeyOf, type OwnerFacts } from './owner';

const HEAD_BYTES = 64 * 1024;

/** A small file's value from its first 64 KB, or undefined when absent, longer or unreadable. */
async function headValue(input: InputSource, path: string | undefined): Promise<unknown> {
  if (!path || !input.has(path)) return undefined;
  const size = input.entries.find((e) => e.path === path)?.size ?? 0;
  if (size > HEAD_BYTES) return undefined;
  try {
    return parseAssignedValue(await input.head(path, HEAD_BYTES), path);
  } catch {
    return undefined;
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

function ownerPhrase(owner: OwnerFacts): string {
  return owner.handle ? ` of @${owner.handle}` : owner.id ? ` of account ${owner.id}` : '';
}

function generatedPhrase(owner: OwnerFacts): string {
  return owner.capturedAt ? ` (generated ${owner.capturedAt.slice(0, 10)})` : '';
}

const COUNTED: [DataType[], string, string][] = [
  [['tweets', 'deletedTweets', 'communityTweets'], 'post', 'posts'],
  [['followers'], 'follower', 'followers'],
  [['following'], 'following', 'following'],
  [['likes'], 'like', 'likes'],
];

function ytdDetection(
  input: InputSource,
  dataDir: string,
  manifest: ArchiveManifest | undefined,
  owner: OwnerFacts,
) {
  const parts: string[] = [];
  let total = 0;
  let known = manifest !== undefined;
  let missing = 0;
  for (const [types, one, many] of COUNTED) {
    const files = types.map((t) => filesOf(input, dataDir, manifest, t));
    const present = files.flatMap((f) => f.present);
    missing += files.flatMap((f) => f.missing).filter((m) => m.count).length;
    if (present.length === 0) continue;
    if (present.some((f) => f.expected === undefined)) {
      known = false;
      parts.push(many);
      continue;
    }
    const count = present.reduce((sum, f) => sum + (f.expected ?? 0), 0);
    total += count;
    parts.push(plural(count, one, many));
  }
  const newEra =
    manifest?.files.has('tweets') || input.entries.some((e) => /(^|\/)tweets(-part\d+)?\.js$/.test(e.path));
  const contents = parts.length > 0 ? parts.join(', ') : 'no posts, followers or likes';
  const tail =
    missing > 0
      ? `; ${plural(missing, 'file', 'files')} the manifest lists ${missing === 1 ? 'is' : 'are'} missing`
      : '';
  const detection: Detection = {
    format: 'x-archive',
    label: newEra ? 'X archive (2022 on, tweets.js)' : 'X archive (2019–2022, tweet.js)',
    summary: `X archive${ownerPhrase(owner)}${generatedPhrase(owner)}: ${contents}${tail}`,
    owner: ownerKeyOf(owner),
    needs: {},
  };
  if (known) detection.estimatedRecords = total;
  return detection;
}

/** Recognises an X archive of any era from its listing and the first bytes of a few small files. */
export async function detectXArchive(input: InputSource): Promise<Detection | null> {
  const location = await locateArchive(input);
  if (!location) return null;
  if (location.kind === 'ytd') {
    const manifestValue = await headValue(input, location.manifestPath);
    const manifest = manifestValue === undefined ? undefined : manifestFrom(manifestValue);
    const account = await headValue(input, location.accountPath);
    const owner = ownerFromYtd(manifest, Array.isArray(account) ? account[0] : undefined, undefined);
    return ytdDetection(input, location.dataDir, manifest, owner);
  }
  const owner = ownerFromGrailbird(
    await headValue(input, `${location.jsDir}user_details.js`),
    await headValue(input, `${location.jsDir}payload_details.js`),
  );
  const months = monthsOf(await headValue(input, `${location.jsDir}tweet_index.js`), location.jsDir);
  const counts = location.monthPaths.map((path) => months.find((m) => m.path === path)?.count);
  const known = counts.every((c) => c !== undefined);
  const posts = counts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  const detection: Detection = {
    format: 'x-archive',
    label: 'X archive (Grailbird, before 2019)',
    summary: `X archive${ownerPhrase(owner)}${generatedPhrase(owner)}: ${
      known
        ? plural(posts, 'post', 'posts')
        : plural(location.monthPaths.length, 'month of posts', 'months of posts')
    }`,
    owner: ownerKeyOf(owner),
    needs: {},
  };
  if (known) detection.estimatedRecords = posts;
  return detection;
}
