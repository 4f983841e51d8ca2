import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat, ReadContext, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { readLines } from '../../util/lines';
import { decodeUtf8 } from '../../util/text';
import { parseJsonLine } from '../x-api-shared/json-line';
import { asObject, textAt } from '../../util/json-shape';
import { sniffJson } from '../x-api-shared/json-sniff';
import { ByteProgress, checkEveryEntry, dataEntries, throwIfCancelled } from '../x-api-shared/reading';
import { RepeatFilter } from '../x-api-shared/repeat-filter';
import { accountFromUser, recordsFromTweet, TWEET_TYPE, USER_TYPE } from './snscrape-records';

const LABEL = 'snscrape Twitter scrape (JSON Lines)';
const HEAD_BYTES = 64 * 1024;
const TWITTER_TYPE = /^snscrape\.modules\.twitter\./;

/** The records of one parsed line; throws for a line that is not a snscrape Twitter item. */
function* recordsFromItem(item: unknown, file: string, where: string): Generator<ImportRecord> {
  const type = textAt(item, '_type');
  if (!asObject(item) || !type || !TWITTER_TYPE.test(type)) {
    throw new ImportFormatError(
      file,
      where,
      'is not a snscrape Twitter item (no "_type": "snscrape.modules.twitter.…")',
    );
  }
  if (type === TWEET_TYPE) {
    yield* recordsFromTweet(item, `${file}, ${where}`);
  } else if (type === USER_TYPE) {
    const account = accountFromUser(item);
    yield (
      account ?? { type: 'skip', reason: 'an account without an id or username', where: `${file}, ${where}` }
    );
  } else {
    yield {
      type: 'skip',
      reason: `a ${type.replace(TWITTER_TYPE, '')} item, which is not a post or account`,
      where: `${file}, ${where}`,
    };
  }
}

/** Posts and their authors, counted over the whole lines of a small file. */
function countHead(text: string): { posts: number; authors: number } {
  const posts = new Set<string>();
  const authors = new Set<string>();
  for (const line of text.split('\n')) {
    try {
      for (const record of recordsFromItem(parseJsonLine(line), '', '')) {
        if (record.type !== 'post') continue;
        posts.add(record.id);
        if (record.author?.id) authors.add(record.author.id);
      }
    } catch {
      // a blank or cut-off line: the reader deals with it
    }
  }
  return { posts: posts.size, authors: authors.size };
}

async function sniffEntry(
  input: InputSource,
  entry: InputEntry,
): Promise<{ counts?: { posts: number; authors: number } } | null> {
  const head = await input.head(entry.path, HEAD_BYTES);
  const type = textAt(sniffJson(head)?.first, '_type');
  if (!type || !TWITTER_TYPE.test(type)) return null;
  return entry.size <= head.length ? { counts: countHead(decodeUtf8(head)) } : {};
}

async function detect(input: InputSource): Promise<Detection | null> {
  const results = await checkEveryEntry(input, (entry) => sniffEntry(input, entry));
  if (!results) return null;
  const counted = results.every((r) => r.found.counts);
  const posts = results.reduce((n, r) => n + (r.found.counts?.posts ?? 0), 0);
  const authors = results.reduce((n, r) => n + (r.found.counts?.authors ?? 0), 0);
  const files = results.length > 1 ? `${results.length} files: ` : '';
  return {
    format: 'snscrape',
    label: LABEL,
    summary:
      counted && results.length === 1
        ? `${posts} posts by ${authors} accounts`
        : `${files}posts, one per line`,
    needs: {},
    ...(counted ? { estimatedRecords: posts } : {}),
  };
}

async function* recordsFromFile(
  input: InputSource,
  entry: InputEntry,
  ctx: ReadContext,
  progress: ByteProgress,
): AsyncGenerator<ImportRecord> {
  const file = entry.path;
  for await (const line of readLines(await input.open(file), (bytes) => progress.update(bytes))) {
    if (line.number % 1000 === 0) throwIfCancelled(ctx.signal);
    if (line.text.trim() === '') continue;
    const where = `line ${line.number}`;
    let item: unknown;
    try {
      // Ids are bare JSON numbers above 2^53: parsed losslessly, they keep every digit.
      item = parseJsonLine(line.text);
    } catch (error) {
      if (line.unterminated) {
        yield {
          type: 'warning',
          message: `The last line was cut off (the scrape was probably stopped mid-write) and was left out; the ${line.number - 1} lines before it were imported.`,
          where: `${file}, ${where}`,
        };
        continue;
      }
      throw new ImportFormatError(file, where, `is not valid JSON (${(error as Error).message})`);
    }
    yield* recordsFromItem(item, file, where);
  }
  progress.finishEntry(entry.size);
}

async function* read(
  input: InputSource,
  _options: ReadOptions,
  ctx: ReadContext,
): AsyncGenerator<ImportRecord> {
  const entries = dataEntries(input);
  const progress = new ByteProgress(
    ctx,
    entries.reduce((n, e) => n + e.size, 0),
  );
  const repeats = new RepeatFilter();
  for (const entry of entries) {
    for await (const record of recordsFromFile(input, entry, ctx, progress)) {
      if (!repeats.isRepeat(record)) yield record;
    }
  }
}

/** `snscrape --jsonl twitter-…` output: one tweet per line, with its user and nested tweets. */
export const snscrapeFormat: ImportFormat = {
  id: 'snscrape',
  label: LABEL,
  detect,
  read,
};
