import type { Readable } from 'node:stream';
import { AppError } from '../../../../common/errors';
import { ImportFormatError } from '../../errors';
import type { AccountKey, LikeRecord, SkipRecord, WarningRecord } from '../../records';
import { streamOrderedCollection, type CollectionFacts, type StreamHooks } from './ordered-collection';

export function checkCancelled(signal: AbortSignal, count: number): void {
  if (count % 1000 === 0 && signal.aborted) throw new AppError('CANCELLED', 'Import cancelled.');
}

/** hikurry-2022's outbox claims totalItems 1467 but holds 1476 items: the items win, the user is told. */
export function countWarning(fileName: string, facts: CollectionFacts): WarningRecord[] {
  if (facts.totalItems === undefined || facts.totalItems === facts.itemCount) return [];
  return [
    {
      type: 'warning',
      message: `${fileName} says it holds ${facts.totalItems} items but holds ${facts.itemCount}; all ${facts.itemCount} were read`,
      where: fileName,
    },
  ];
}

function likedUri(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  // Other servers' exports may hold Like activities rather than bare URIs.
  if (value && typeof value === 'object' && 'object' in value && typeof value.object === 'string') {
    return value.object.trim() || undefined;
  }
  return undefined;
}

/** likes.json: the URIs of the posts the owner favourited, as likes (no date, no author in the file). */
export async function* readLikes(
  stream: Readable,
  fileName: string,
  owner: AccountKey | undefined,
  hooks: StreamHooks,
): AsyncGenerator<LikeRecord | SkipRecord | WarningRecord> {
  for await (const event of streamOrderedCollection(stream, fileName, hooks)) {
    if (event.kind === 'end') {
      yield* countWarning(fileName, event.facts);
      continue;
    }
    checkCancelled(hooks.signal, event.number);
    const uri = likedUri(event.value);
    if (!uri) {
      throw new ImportFormatError(fileName, `record ${event.number}`, 'a like must be the liked post’s URI');
    }
    if (owner) {
      yield { type: 'like', account: owner, post: { network: 'mastodon', id: uri } };
    } else {
      const reason = 'like with no known owner (likes.json alone does not say whose it is)';
      yield { type: 'skip', reason, where: `${fileName}, record ${event.number}` };
    }
  }
}

/**
 * bookmarks.json is read only to count it: bookmarks are private reading lists of the archive's
 * owner, not public signals of interest, so none is imported. A damaged bookmarks file is only a
 * warning, since nothing from it would be kept anyway.
 */
export async function* countBookmarks(
  stream: Readable,
  fileName: string,
  hooks: StreamHooks,
): AsyncGenerator<SkipRecord | WarningRecord> {
  try {
    for await (const event of streamOrderedCollection(stream, fileName, hooks)) {
      if (event.kind === 'item') {
        checkCancelled(hooks.signal, event.number);
        yield {
          type: 'skip',
          reason: 'bookmark (private to the archive owner, not imported)',
          where: `${fileName}, record ${event.number}`,
        };
      }
    }
  } catch (error) {
    if (!(error instanceof ImportFormatError)) throw error;
    yield { type: 'warning', message: `${error.message} (bookmarks are not imported)`, where: fileName };
  }
}
