import type { SearchResultDto } from '../../../common/dto';
import { MARK_END, MARK_START } from '../../../common/search-marks';
import type { Flags } from './args';
import { print } from './people-flags';

const plain = (text: string) => text.replaceAll(MARK_START, '').replaceAll(MARK_END, '');

/** Search results as the CLI prints them: one line a hit (date, author, snippet), marks removed. */
export function printSearch(flags: Flags, result: SearchResultDto): void {
  print(flags, { ...result, hits: result.hits.map((h) => ({ ...h, snippet: plain(h.snippet) })) }, () =>
    [
      `${result.total} matches (${result.tookMs} ms)`,
      ...result.hits.map(
        (h) =>
          `${h.createdAt?.slice(0, 10) ?? '          '}  ${h.author?.handle ? `@${h.author.handle}` : ''}  ${plain(h.snippet)}`,
      ),
    ].join('\n'),
  );
}
