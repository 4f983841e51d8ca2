import type { ReadContext, ReadOptions } from '../../format';
import { ImportFormatError } from '../../errors';
import type { InputSource } from '../../input';
import type { AccountKey, ImportRecord } from '../../records';
import { addressFromUri, sameHost } from './addresses';
import { checkCancelled, countBookmarks, countWarning, readLikes } from './collections';
import { readFollowing } from './following';
import { findLayout, type MastodonLayout } from './layout';
import { streamOrderedCollection, type StreamHooks } from './ordered-collection';
import { readOutboxItem } from './outbox-items';
import { ownerRecordsFromActor, ownerRecordsFromOutbox, parseActor, ownerKeyOf } from './owner';

const ACTOR_MAX_BYTES = 4 * 1024 * 1024;

/** Whose archive this is, as far as the files read so far say. */
interface OwnerState {
  key?: AccountKey;
}

/** The owner's address from their own post's public URL (`https://host/@name/123`) on their server. */
function ownAddress(noteUrl: string | undefined, actor: string): string | undefined {
  return noteUrl && sameHost(noteUrl, actor) ? addressFromUri(noteUrl) : undefined;
}

/** The name of an entry in messages: the entry itself, or the archive and the entry. */
function fileLabel(input: InputSource, path: string): string {
  return input.container === 'file' ? path : `${input.displayName}/${path}`;
}

async function readSmallJson(input: InputSource, path: string, label: string): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await input.open(path)) {
    size += (chunk as Buffer).length;
    if (size > ACTOR_MAX_BYTES) throw new ImportFormatError(label, undefined, 'too large for an actor.json');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(Buffer.concat(chunks)));
  } catch (error) {
    throw new ImportFormatError(label, 'the actor', `not valid JSON (${(error as Error).message})`);
  }
}

async function* readActor(input: InputSource, path: string, options: ReadOptions, owner: OwnerState) {
  const label = fileLabel(input, path);
  const parsed = parseActor(await readSmallJson(input, path, label));
  if ('problem' in parsed) throw new ImportFormatError(label, 'the actor', parsed.problem);
  owner.key = ownerKeyOf(parsed.actor);
  yield* ownerRecordsFromActor(parsed.actor, options);
}

/**
 * Posts and boosts of outbox.json. Without actor.json the owner is the outbox's actor (every item of
 * an outbox is the owner's); their address comes from a classic actor URI or a post's public URL.
 */
async function* readOutbox(
  input: InputSource,
  path: string,
  options: ReadOptions,
  owner: OwnerState,
  hooks: StreamHooks,
): AsyncGenerator<ImportRecord> {
  const label = fileLabel(input, path);
  const authorKey = (actor: string): AccountKey =>
    actor === owner.key?.id ? owner.key : { network: 'mastodon', id: actor };
  let derived = false;
  for await (const event of streamOrderedCollection(await input.open(path), label, hooks)) {
    if (event.kind === 'end') {
      yield* countWarning(label, event.facts);
      continue;
    }
    checkCancelled(hooks.signal, event.number);
    const item = readOutboxItem(event.value, authorKey);
    const where = `${label}, record ${event.number}`;
    if (item.kind === 'invalid') throw new ImportFormatError(label, `record ${event.number}`, item.problem);
    if (item.kind === 'skip') {
      yield { type: 'skip', reason: item.reason, where };
      continue;
    }
    if (!owner.key && item.actor) {
      const handle = addressFromUri(item.actor) ?? ownAddress(item.noteUrl, item.actor);
      owner.key = { network: 'mastodon', id: item.actor, ...(handle ? { handle } : {}) };
      derived = true;
      yield* ownerRecordsFromOutbox(owner.key, options);
    } else if (derived && item.actor && owner.key && !owner.key.handle && item.actor === owner.key.id) {
      // The first item was a boost: the owner's address comes with their first own post.
      const handle = ownAddress(item.noteUrl, item.actor);
      if (handle) {
        owner.key = { ...owner.key, handle };
        yield { type: 'account', key: owner.key };
      }
    }
    if (item.actor && item.actor === owner.key?.id) item.post.author = owner.key;
    yield item.post;
  }
}

/** Reads whatever archive files the input holds, in an order that knows the owner before it is needed. */
export async function* readMastodon(
  input: InputSource,
  options: ReadOptions,
  ctx: ReadContext,
): AsyncGenerator<ImportRecord> {
  const layout: MastodonLayout | null = await findLayout(input, 'read');
  if (!layout) {
    throw new ImportFormatError(input.displayName, undefined, 'no Mastodon archive files were found in it');
  }
  const paths = Object.values(layout);
  const total = input.entries
    .filter((entry) => paths.includes(entry.path))
    .reduce((sum, e) => sum + e.size, 0);
  let done = 0;
  const hooksFor = (): StreamHooks => {
    const start = done;
    return {
      signal: ctx.signal,
      onBytes: (bytes) => {
        done = start + bytes;
        ctx.progress(done, total);
      },
    };
  };
  const owner: OwnerState = {};
  if (layout.actor) yield* readActor(input, layout.actor, options, owner);
  if (layout.outbox) yield* readOutbox(input, layout.outbox, options, owner, hooksFor());
  if (!owner.key && options.listOwner && (layout.likes || layout.following)) {
    owner.key = options.listOwner;
    yield { type: 'source-info', owner: owner.key };
  }
  if (layout.likes) {
    const path = layout.likes;
    yield* readLikes(await input.open(path), fileLabel(input, path), owner.key, hooksFor());
  }
  if (layout.bookmarks) {
    const path = layout.bookmarks;
    yield* countBookmarks(await input.open(path), fileLabel(input, path), hooksFor());
  }
  if (layout.following) {
    const path = layout.following;
    yield* readFollowing(await input.open(path), fileLabel(input, path), owner.key, hooksFor());
  }
  ctx.progress(total, total);
}
