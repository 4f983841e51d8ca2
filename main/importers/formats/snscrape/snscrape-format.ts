import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat, ReadContext, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { decodeUtf8 } from '../../util/text';
import { parseJsonLine } from '../x-api-shared/json-line';
import { asObject, textAt } from '../../util/json-shape';
import { sniffJson } from '../x-api-shared/json-sniff';
import { readJsonLines } from '../x-api-shared/json-lines';
import { checkEveryEntry, readDataEntries } from '../x-api-shared/reading';
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

function read(input: InputSource, _options: ReadOptions, ctx: ReadContext): AsyncIterable<ImportRecord> {
  return readDataEntries(input, ctx, (reading) =>
    readJsonLines(reading, 'scrape', (item, where) => recordsFromItem(item, reading.entry.path, where)),
  );
}

/** `snscrape --jsonl twitter-…` output: one tweet per line, with its user and nested tweets. */
export const snscrapeFormat: ImportFormat = {
  id: 'snscrape',
  label: LABEL,
  detect,
  read,
};
