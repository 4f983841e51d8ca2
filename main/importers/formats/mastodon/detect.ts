import type { Detection } from '../../format';
import type { InputSource } from '../../input';
import type { AccountKey } from '../../records';
import { addressFromUri, sameHost } from './addresses';
import { findLayout, readHead, type MastodonLayout } from './layout';
import { ownerKeyOf, parseActor } from './owner';

/** `totalItems` of the collection itself: the first one before `orderedItems` starts. */
function claimedCount(head: string): number | undefined {
  const top = head.split('"orderedItems"')[0] ?? '';
  const match = /"totalItems"\s*:\s*(\d+)/.exec(top);
  return match ? Number(match[1]) : undefined;
}

async function ownerFromHeads(input: InputSource, layout: MastodonLayout): Promise<AccountKey | undefined> {
  if (layout.actor) {
    const head = await readHead(input, layout.actor);
    try {
      const parsed = parseActor(JSON.parse(head));
      if ('actor' in parsed) return ownerKeyOf(parsed.actor);
    } catch {
      // A large or damaged actor.json: the reader will say what is wrong.
    }
  }
  if (layout.outbox) {
    const head = await readHead(input, layout.outbox);
    const actor = /"actor"\s*:\s*"([^"]+)"/.exec(head)?.[1];
    if (actor) {
      // A numeric actor URI has no name in it; the first own post's public URL (`/@name/123`) does.
      const postUrl = /"url"\s*:\s*"(https?:\/\/[^/"]+\/@[^/"]+\/[^"]+)"/.exec(head)?.[1];
      const sameServer = postUrl !== undefined && sameHost(postUrl, actor);
      const handle = addressFromUri(actor) ?? (sameServer ? addressFromUri(postUrl) : undefined);
      return { network: 'mastodon', id: actor, ...(handle ? { handle } : {}) };
    }
  }
  return undefined;
}

function counted(count: number | undefined, noun: string): string {
  return count === undefined ? noun : `${count} ${noun}`;
}

/** Recognises a Mastodon archive (folder or ZIP) or one of its files alone. */
export async function detectMastodon(input: InputSource): Promise<Detection | null> {
  const layout = await findLayout(input, 'detect');
  if (!layout) return null;
  const owner = await ownerFromHeads(input, layout);
  const parts: string[] = [];
  let estimated = 0;
  for (const [role, noun] of [
    ['outbox', 'posts and boosts'],
    ['likes', 'likes'],
    ['bookmarks', 'bookmarks (not imported: private)'],
  ] as const) {
    const path = layout[role];
    if (!path) continue;
    const count = claimedCount(await readHead(input, path));
    estimated += count ?? 0;
    parts.push(counted(count, noun));
  }
  if (layout.following) parts.push('following list');
  const files = Object.keys(layout).length;
  const who = owner?.handle ? `@${owner.handle}` : (owner?.id ?? 'owner unknown');
  return {
    format: 'mastodon',
    label: files === 1 && !layout.actor ? `Mastodon ${Object.keys(layout)[0]} file` : 'Mastodon archive',
    summary: `${who}: ${parts.length > 0 ? parts.join(', ') : 'profile only'}`,
    ...(owner ? { owner } : {}),
    // With actor.json the reader knows the owner, or names actor.json as damaged: never ask.
    needs:
      owner || layout.actor
        ? {}
        : layout.following
          ? { listOwner: { list: 'following' } }
          : layout.likes
            ? { listOwner: { list: 'likes' } }
            : {},
    ...(estimated > 0 ? { estimatedRecords: estimated } : {}),
  };
}
