import type { Detection, ImportFormat, ReadContext, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { AccountKey, ImportRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { decodeUtf8 } from '../../util/text';
import { parseJsonLine } from '../x-api-shared/json-line';
import { asObject } from '../../util/json-shape';
import { isOneLongLine, sniffJson } from '../x-api-shared/json-sniff';
import { listFromApiUrl, twarcMeta } from '../x-api-shared/list-context';
import { checkEveryEntry, readDataEntries } from '../x-api-shared/reading';
import { recordsFromFlatLine } from '../x-api-shared/v2-flat';
import { recordsFromPage } from '../x-api-shared/v2-page';
import { lineShape, readAs, type LineShape, type TwarcShape } from './line-shape';
import { recordsFromTwarcFile, type CaptureNotes } from './read-lines';

const HEAD_BYTES = 64 * 1024;
const LABELS: Record<TwarcShape, string> = {
  pages: 'twarc2 API pages (JSON Lines)',
  flat: 'twarc2 flattened tweets (JSON Lines)',
  stream: 'twarc2 filtered stream (JSON Lines)',
};

interface Found extends LineShape {
  url?: string;
  retrievedAt?: string;
  /** Exact counts, when the whole file fitted in the head. */
  counts?: { posts: Set<string>; authors: Set<string>; accounts: Set<string> };
}

/** Runs the reader's own mapping over the whole lines of a small file, to count what it holds. */
function countHead(text: string, file: string): Found['counts'] {
  const counts = { posts: new Set<string>(), authors: new Set<string>(), accounts: new Set<string>() };
  for (const lineText of text.split('\n')) {
    try {
      const line = asObject(parseJsonLine(lineText));
      const kind = line && readAs(line);
      if (!line || !kind) continue;
      const context = { file, where: '', list: listFromApiUrl(twarcMeta(line).url) };
      for (const record of kind === 'page'
        ? recordsFromPage(line, context)
        : recordsFromFlatLine(line, context)) {
        if (record.type === 'post') {
          counts.posts.add(record.id);
          if (record.author?.id) counts.authors.add(record.author.id);
        } else if (record.type === 'account' && record.key.id) counts.accounts.add(record.key.id);
      }
    } catch {
      // A cut-off or bad line: the reader reports it; counting goes on.
    }
  }
  return counts;
}

async function sniffEntry(input: InputSource, entry: InputEntry): Promise<Found | null> {
  const head = await input.head(entry.path, HEAD_BYTES);
  const sniff = sniffJson(head);
  const shape = sniff && lineShape(sniff.first);
  if (!sniff || !shape) return null;
  const meta = twarcMeta(sniff.first);
  // Decided by content, never by the name: a lone complete page without twarc's metadata is a
  // saved response (x-api-v2's); one line too long to see whole is a line of JSON Lines.
  const jsonLines = sniff.moreValues || isOneLongLine(sniff, head);
  if (shape.shape !== 'flat' && !meta.url && !jsonLines) return null;
  const found: Found = { ...shape, url: meta.url, retrievedAt: parseDate(meta.retrievedAt) };
  if (entry.size <= head.length) found.counts = countHead(decodeUtf8(head), entry.path);
  return found;
}

function describe(found: Found): string {
  if (found.counts) {
    const { posts, authors, accounts } = found.counts;
    return posts.size ? `${posts.size} posts by ${authors.size} accounts` : `${accounts.size} accounts`;
  }
  const what = found.content === 'users' ? 'accounts' : found.content === 'tweets' ? 'posts' : 'API errors';
  const from = found.url ? `, from ${new URL(found.url).pathname}` : '';
  const when = found.retrievedAt ? `, retrieved ${found.retrievedAt.slice(0, 10)}` : '';
  if (found.shape === 'pages') return `API pages of ${what}, one per line${from}${when}`;
  if (found.shape === 'flat') return `${what}, one per line${from}${when}`;
  return `filtered-stream posts${when}`;
}

function listOwner(
  found: Found,
): { owner: AccountKey; ownerList: 'followers' | 'following' | 'likes' } | undefined {
  const list = listFromApiUrl(found.url);
  if (!list || !('owner' in list)) return undefined;
  return { owner: list.owner, ownerList: list.kind === 'liked_tweets' ? 'likes' : list.kind };
}

async function detect(input: InputSource): Promise<Detection | null> {
  const results = await checkEveryEntry(input, (entry) => sniffEntry(input, entry));
  if (!results) return null;
  const shapes = new Set(results.map((r) => r.found.shape));
  const [only] = shapes;
  const label = shapes.size === 1 && only ? LABELS[only] : 'twarc2 collection (JSON Lines)';
  const summary =
    results.length === 1
      ? describe(results[0]!.found)
      : `${results.length} files: ${describe(results[0]!.found)}, …`;
  const owner = results.map((r) => listOwner(r.found)).find((o) => o !== undefined);
  const counted = results.every((r) => r.found.counts);
  return {
    format: 'twarc2',
    label,
    summary,
    ...(owner ?? {}),
    needs: {},
    ...(counted
      ? {
          estimatedRecords: results.reduce(
            (n, r) => n + r.found.counts!.posts.size + r.found.counts!.accounts.size,
            0,
          ),
        }
      : {}),
  };
}

function read(input: InputSource, _options: ReadOptions, ctx: ReadContext): AsyncIterable<ImportRecord> {
  const notes: CaptureNotes = { told: false };
  return readDataEntries(input, ctx, (reading) => recordsFromTwarcFile(reading, notes));
}

/**
 * twarc2 output: API pages with `__twarc` metadata, `twarc2 flatten` output, or filtered-stream
 * captures, one JSON object per line. The list owner of followers/following pages comes from
 * each page's `__twarc.url`, so no owner need be given.
 */
export const twarc2Format: ImportFormat = {
  id: 'twarc2',
  label: 'twarc2 (JSON Lines)',
  detect,
  read,
};
