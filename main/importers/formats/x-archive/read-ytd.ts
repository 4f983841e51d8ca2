import { ImportFormatError } from '../../errors';
import type { ReadContext, ReadOptions } from '../../format';
import type { InputSource } from '../../input';
import type { AccountKey, ImportRecord } from '../../records';
import { idString } from '../../util/lossless-json';
import { snowflakeTime } from '../../util/snowflake';
import type { ArchiveElement } from './assigned-json';
import { ByteProgress, firstRecordOf, readSmallFile, streamRecords, whereIs } from './data-file';
import { asObject, objectAt, textAt } from '../../util/json-shape';
import { filesOf, type DataFile, type DataType } from './layout';
import { manifestFrom, type ArchiveManifest } from './manifest';
import { NoteTweets, noteFrom } from './note-tweets';
import { ownerFromYtd, ownerKeyOf, ownerRecords } from './owner';
import { unescapeTweetText, postFromTweet } from './tweet';

/** The files read as posts (each element `{"tweet": {...}}`), in this order. */
const POST_TYPES = ['tweets', 'deletedTweets', 'communityTweets'] as const;
/** Files that are read only to count what is left out, with the reason given for each record. */
const SKIPPED_TYPES: [DataType, string][] = [
  ['tweetHeaders', 'post header without text (tweet-headers.js)'],
  ['deletedTweetHeaders', 'deleted post header without text (deleted-tweet-headers.js)'],
  ['blocks', 'blocked account (blocks are not imported)'],
  ['mutes', 'muted account (mutes are not imported)'],
  ['screenNameChanges', "earlier handle of the archive's owner (not kept)"],
];
const IMPORTED_TYPES: DataType[] = [...POST_TYPES, 'noteTweets', 'followers', 'following', 'likes'];

/** The element's `{"<key>": {...}}` content; anything else means the file is not what its name says. */
function inner(path: string, element: ArchiveElement, key: string): unknown {
  const value = objectAt(element.value, key);
  if (!value) {
    throw new ImportFormatError(
      path,
      `record ${element.record}`,
      `expected an object like {"${key}": {...}}`,
    );
  }
  return value;
}

interface ReadPlan {
  input: InputSource;
  ctx: ReadContext;
  progress: ByteProgress;
  files: Map<DataType, DataFile[]>;
}

/** Streams a data type's files element by element, warning when a count differs from the manifest's. */
async function* eachRecord(
  plan: ReadPlan,
  type: DataType,
  visit: (path: string, element: ArchiveElement) => ImportRecord | undefined,
): AsyncGenerator<ImportRecord> {
  for (const file of plan.files.get(type) ?? []) {
    let count = 0;
    for await (const element of streamRecords(plan.input, file.path, plan.ctx, plan.progress)) {
      count = element.record;
      const record = visit(file.path, element);
      if (record) yield record;
    }
    if (file.expected !== undefined && file.expected !== count) {
      yield {
        type: 'warning',
        message: `${file.path} holds ${count} records where the archive's manifest says ${file.expected}.`,
        where: file.path,
      };
    }
  }
}

async function loadNotes(plan: ReadPlan): Promise<NoteTweets> {
  const notes = new NoteTweets();
  for (const file of plan.files.get('noteTweets') ?? []) {
    for await (const element of streamRecords(plan.input, file.path, plan.ctx, plan.progress)) {
      inner(file.path, element, 'noteTweet');
      const note = noteFrom(element.value);
      if (note) notes.add(note);
    }
  }
  return notes;
}

function followKey(value: unknown): AccountKey | undefined {
  const id = idString(asObject(value)?.accountId);
  return id && /^\d{1,20}$/.test(id) ? { network: 'x', id } : undefined;
}

async function* readGraph(plan: ReadPlan, owner: AccountKey): AsyncGenerator<ImportRecord> {
  yield* eachRecord(plan, 'followers', (path, element) => {
    const follower = followKey(inner(path, element, 'follower'));
    return follower
      ? { type: 'follow', follower, followee: owner }
      : { type: 'skip', reason: 'follower without an account id', where: whereIs(path, element.record) };
  });
  yield* eachRecord(plan, 'following', (path, element) => {
    const followee = followKey(inner(path, element, 'following'));
    return followee
      ? { type: 'follow', follower: owner, followee }
      : {
          type: 'skip',
          reason: 'followed account without an account id',
          where: whereIs(path, element.record),
        };
  });
  // A like says neither who wrote the post nor when it was liked.
  yield* eachRecord(plan, 'likes', (path, element) => {
    const like = inner(path, element, 'like');
    const id = idString(asObject(like)?.tweetId);
    if (!id || !/^\d{1,20}$/.test(id)) {
      return { type: 'skip', reason: 'like without a post id', where: whereIs(path, element.record) };
    }
    const text = textAt(like, 'fullText');
    const url = textAt(like, 'expandedUrl');
    // The like's time is unknown, but the liked post's id carries when it was posted.
    const likedPostTime = snowflakeTime(id);
    return {
      type: 'like',
      account: owner,
      post: {
        network: 'x',
        id,
        ...(text ? { text: unescapeTweetText(text) } : {}),
        ...(url ? { url } : {}),
        ...(likedPostTime ? { createdAt: likedPostTime } : {}),
      },
    };
  });
}

function missingFileWarnings(manifest: ArchiveManifest | undefined, input: InputSource, dataDir: string) {
  const warnings: ImportRecord[] = [];
  for (const type of IMPORTED_TYPES) {
    for (const file of filesOf(input, dataDir, manifest, type).missing) {
      if (!file.count) continue;
      warnings.push({
        type: 'warning',
        message: `The archive's manifest lists ${file.fileName} (${file.count} records), but it is not in ${input.displayName}: those records are not imported.`,
        where: file.fileName,
      });
    }
  }
  return warnings;
}

/** Reads a 2019-and-later archive: manifest.js, account.js, profile.js and the `window.YTD` lists. */
export async function* readYtdArchive(
  input: InputSource,
  location: { dataDir: string; manifestPath?: string; accountPath?: string },
  options: ReadOptions,
  ctx: ReadContext,
): AsyncGenerator<ImportRecord> {
  const { dataDir } = location;
  const manifest = location.manifestPath
    ? manifestFrom(await readSmallFile(input, location.manifestPath))
    : undefined;
  const account = await firstRecordOf(input, filesOf(input, dataDir, manifest, 'account').present[0]?.path);
  const profile = await firstRecordOf(input, filesOf(input, dataDir, manifest, 'profile').present[0]?.path);
  const owner = ownerFromYtd(manifest, account, profile);
  const ownerKey = ownerKeyOf(owner);
  if (!ownerKey) {
    throw new ImportFormatError(
      location.accountPath ?? location.manifestPath ?? input.displayName,
      undefined,
      "names neither the account id nor the username of the archive's owner",
    );
  }
  yield* ownerRecords(owner, options);
  yield* missingFileWarnings(manifest, input, dataDir);
  if (!manifest && input.has(`${dataDir}manifest.js`)) {
    yield {
      type: 'warning',
      message: `${dataDir}manifest.js does not begin with \`window.__THAR_CONFIG =\` (damaged?): the archive was read without it, so its date is unknown.`,
      where: `${dataDir}manifest.js`,
    };
  }

  const files = new Map<DataType, DataFile[]>();
  for (const type of [...IMPORTED_TYPES, ...SKIPPED_TYPES.map(([t]) => t)]) {
    files.set(type, filesOf(input, dataDir, manifest, type).present);
  }
  const allPaths = [...files.values()].flat().map((f) => f.path);
  const plan: ReadPlan = { input, ctx, progress: ByteProgress.forFiles(ctx, input, allPaths), files };

  const notes = await loadNotes(plan);
  for (const type of POST_TYPES) {
    yield* eachRecord(plan, type, (path, element) => {
      const post = postFromTweet(inner(path, element, 'tweet'), ownerKey);
      if (!post) return { type: 'skip', reason: 'post without an id', where: whereIs(path, element.record) };
      // The archive is the owner's: a post here is theirs even when the tweet names no user.
      return notes.complete({ ...post, author: ownerKey });
    });
  }
  yield* notes.leftovers(ownerKey);
  yield* readGraph(plan, ownerKey);
  for (const [type, reason] of SKIPPED_TYPES) {
    yield* eachRecord(plan, type, (path, element) => ({
      type: 'skip',
      reason,
      where: whereIs(path, element.record),
    }));
  }
}
