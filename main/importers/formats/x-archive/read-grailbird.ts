import { ImportFormatError } from '../../errors';
import type { ReadContext, ReadOptions } from '../../format';
import type { InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { ByteProgress, readSmallFile, streamRecords, whereIs } from './data-file';
import { asObject } from '../../util/json-shape';
import { monthsOf } from './grailbird-index';
import { ownerFromGrailbird, ownerKeyOf, ownerRecords } from './owner';
import { postFromTweet } from './tweet';

/**
 * Reads a pre-2019 "Grailbird" archive: `js/tweets/YYYY_MM.js` files holding full v1.1 tweet
 * objects (with `user` and `retweeted_status`), `js/user_details.js` for the owner and
 * `js/payload_details.js` for when it was made. There are no followers, following or likes.
 */
export async function* readGrailbirdArchive(
  input: InputSource,
  location: { jsDir: string; monthPaths: string[] },
  options: ReadOptions,
  ctx: ReadContext,
): AsyncGenerator<ImportRecord> {
  const detailsPath = `${location.jsDir}user_details.js`;
  const payloadPath = `${location.jsDir}payload_details.js`;
  const userDetails = input.has(detailsPath) ? await readSmallFile(input, detailsPath) : undefined;
  const payload = input.has(payloadPath) ? await readSmallFile(input, payloadPath) : undefined;
  const owner = ownerFromGrailbird(userDetails, payload);
  const ownerKey = ownerKeyOf(owner);
  if (ownerKey) yield* ownerRecords(owner, options);
  else {
    yield {
      type: 'warning',
      message:
        "The archive has no readable user_details.js: its owner is known only from each post's author.",
      where: detailsPath,
    };
  }

  const indexPath = `${location.jsDir}tweet_index.js`;
  if (input.has(indexPath)) {
    const missing = monthsOf(await readSmallFile(input, indexPath), location.jsDir).filter(
      (m) => !input.has(m.path),
    );
    if (missing.length > 0) {
      const posts = missing.reduce((sum, m) => sum + (m.count ?? 0), 0);
      yield {
        type: 'warning',
        message: `tweet_index.js lists ${missing.length} monthly post files (${posts} posts) that are not in ${input.displayName}: those posts are not imported.`,
        where: indexPath,
      };
    }
  }

  const progress = ByteProgress.forFiles(ctx, input, location.monthPaths);
  for (const path of location.monthPaths) {
    for await (const element of streamRecords(input, path, ctx, progress)) {
      if (!asObject(element.value)) {
        throw new ImportFormatError(path, `record ${element.record}`, 'expected a post object');
      }
      // Grailbird tweets name their author in `user`; the owner stands in when one does not.
      const post = postFromTweet(element.value, ownerKey);
      yield post ?? { type: 'skip', reason: 'post without an id', where: whereIs(path, element.record) };
    }
  }
}
