import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat, ReadContext, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { asObject, listAt } from '../../util/json-shape';
import { isOneLongLine, sniffJson } from '../x-api-shared/json-sniff';
import {
  followListFromFileName,
  likedPostsFromFileName,
  type ListContext,
} from '../x-api-shared/list-context';
import { checkEveryEntry, readDataEntries, type EntryReading } from '../x-api-shared/reading';
import { responseContent, type ResponseContent } from '../x-api-shared/response-shape';
import { recordsFromPage } from '../x-api-shared/v2-page';
import { readResponse } from './read-response';

const LABEL = 'X API v2 response (JSON)';
const HEAD_BYTES = 64 * 1024;

interface Found {
  content: ResponseContent;
  list?: 'followers' | 'following' | 'likes';
  /** Item counts, when the whole file fitted in the head. */
  counts?: { items: number; includedUsers: number; includedTweets: number };
}

async function sniffEntry(input: InputSource, entry: InputEntry): Promise<Found | null> {
  const head = await input.head(entry.path, HEAD_BYTES);
  const sniff = sniffJson(head);
  // One page per line is twarc2's (or a tool like it), even when the line is too long to see
  // whole; decided by content, so the same bytes are the same format under any name.
  if (!sniff || sniff.moreValues || isOneLongLine(sniff, head)) return null;
  const content = responseContent(sniff.first);
  if (!content) return null;
  const found: Found = { content };
  if (content === 'users') found.list = followListFromFileName(entry.path);
  if (content === 'tweets' && likedPostsFromFileName(entry.path)) found.list = 'likes';
  if (sniff.firstComplete && entry.size <= head.length) {
    // Small enough to count exactly: parse what is already in memory.
    let page: unknown;
    try {
      page = JSON.parse(head.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      return null;
    }
    const data = asObject(page)?.['data'];
    const includes = asObject(asObject(page)?.['includes']);
    found.counts = {
      items: Array.isArray(data) ? data.length : data ? 1 : 0,
      includedUsers: listAt(includes, 'users').length,
      includedTweets: listAt(includes, 'tweets').length,
    };
  }
  return found;
}

function describe(found: Found): string {
  const what = found.content === 'users' ? 'accounts' : found.content === 'tweets' ? 'posts' : 'items';
  const list =
    found.list === 'likes'
      ? ' (liked posts that do not say whose likes)'
      : found.list
        ? ` (a ${found.list} list that does not say whose)`
        : '';
  if (found.content === 'errors') return 'only API errors';
  if (!found.counts) return `a list of ${what}${list}`;
  const extra = [
    found.counts.includedUsers ? `${found.counts.includedUsers} included accounts` : '',
    found.counts.includedTweets ? `${found.counts.includedTweets} included posts` : '',
  ].filter(Boolean);
  return `${found.counts.items} ${what}${list}${extra.length ? `, ${extra.join(', ')}` : ''}`;
}

function describeMany(found: Found[]): string {
  const users = found.filter((f) => f.content === 'users');
  const tweets = found.filter((f) => f.content === 'tweets');
  const count = (list: Found[], what: string) =>
    list.every((f) => f.counts)
      ? `${list.reduce((n, f) => n + (f.counts?.items ?? 0), 0)} ${what}`
      : `${list.length} lists of ${what}`;
  const parts = [users.length ? count(users, 'accounts') : '', tweets.length ? count(tweets, 'posts') : ''];
  return `${found.length} saved responses: ${parts.filter(Boolean).join(', ') || 'no accounts or posts'}`;
}

async function detect(input: InputSource): Promise<Detection | null> {
  const results = await checkEveryEntry(input, (entry) => sniffEntry(input, entry));
  if (!results) return null;
  const list = results.find((r) => r.found.list)?.found.list;
  const summary =
    results.length === 1 ? describe(results[0]!.found) : describeMany(results.map((r) => r.found));
  const counted = results.every((r) => r.found.counts);
  return {
    format: 'x-api-v2',
    label: LABEL,
    summary,
    needs: list ? { listOwner: { list } } : {},
    ...(counted ? { estimatedRecords: results.reduce((n, r) => n + (r.found.counts?.items ?? 0), 0) } : {}),
  };
}

/**
 * The list a response stands for: followers or following for users, someone's likes for posts,
 * its kind from the file name and its owner from the options.
 */
function listFor(
  path: string,
  content: string | undefined,
  options: ReadOptions,
): { list?: ListContext & { kind: 'followers' | 'following' | 'liked_tweets' }; missing?: string } {
  const owner = options.listOwner?.network === 'x' ? options.listOwner : undefined;
  if (content === 'tweets') {
    if (!likedPostsFromFileName(path)) return {};
    return owner
      ? { list: { kind: 'liked_tweets', owner } }
      : { missing: 'they are someone’s liked posts, but whose was not given' };
  }
  if (content !== 'users') return {};
  const kind = followListFromFileName(path);
  if (kind && owner) return { list: { kind, owner } };
  if (kind) return { missing: `it is a ${kind} list, but whose was not given` };
  return {
    missing: 'the response does not say whose list it is, nor whether it lists followers or following',
  };
}

/** The records of one saved response, and a warning when its list has no owner. */
async function* recordsFromResponse(
  { input, entry }: EntryReading,
  options: ReadOptions,
  told: { owner: boolean },
): AsyncGenerator<ImportRecord> {
  const page = asObject(await readResponse(input, entry));
  if (!page || !('data' in page || 'errors' in page)) {
    throw new ImportFormatError(
      entry.path,
      undefined,
      'is not an X API v2 response: expected an object with "data" (and "includes", "meta", "errors")',
    );
  }
  const content = responseContent(page, Object.keys(page));
  const { list, missing } = listFor(entry.path, content, options);
  if (list && !told.owner) {
    told.owner = true;
    yield { type: 'source-info', owner: list.owner };
  }
  let accounts = 0;
  for (const record of recordsFromPage(page, { file: entry.path, where: '', list })) {
    if (record.type === 'account') accounts += 1;
    yield record;
  }
  if (missing) {
    const message =
      content === 'tweets'
        ? `the posts were imported without likes: ${missing}.`
        : `${accounts} accounts were imported without follow edges: ${missing}.`;
    yield { type: 'warning', message, where: entry.path };
  }
}

function read(input: InputSource, options: ReadOptions, ctx: ReadContext): AsyncIterable<ImportRecord> {
  const told = { owner: false };
  return readDataEntries(input, ctx, (reading) => recordsFromResponse(reading, options, told));
}

/** Saved X API v2 response bodies: `{data, includes, meta, errors}`, one response per file. */
export const xApiV2Format: ImportFormat = {
  id: 'x-api-v2',
  label: LABEL,
  detect,
  read,
};
