import {
  DEFAULT_STALE_DAYS,
  type DataWayDto,
  type GapItemDto,
  type GapKind,
  type GapsDto,
} from '../../common/gaps-dto';
import {
  contactsWays,
  GUIDE_CHECKED,
  linkedInWay,
  mailWays,
  mastodonOwnWay,
  xArchiveWay,
  type XList,
} from './data-guide';
import {
  COMPLETE_SHARE,
  networkIdOf,
  waysForList,
  type GapsSnapshot,
  type ImportedPart,
} from './gaps-snapshot';
import { rankSuggestions } from './gaps-suggestions';

export type { GapsSnapshot, ImportedPart, PersonAccount, GapsAccount } from './gaps-snapshot';

const number = (n: number) => n.toLocaleString('en-US');
const day = (iso: string | null) => iso?.slice(0, 10) ?? null;

export function isStale(iso: string | null, now: Date, staleAfterDays: number): boolean {
  if (!iso) return false;
  const time = Date.parse(iso);
  return !Number.isNaN(time) && now.getTime() - time > staleAfterDays * 86_400_000;
}

interface ItemInput {
  kind: GapKind;
  label: string;
  noun: string;
  part: ImportedPart;
  stated: number | null;
  ways: DataWayDto[];
}

/** The nouns as one of them reads: "1 contact imported". */
const ONE: Record<string, string> = {
  posts: 'post',
  likes: 'like',
  'archives of your own': 'archive of your own',
  contacts: 'contact',
  messages: 'message',
  events: 'event',
};

function item(input: ItemInput, now: Date, staleAfterDays: number): GapItemDto {
  const { kind, label, noun, part, stated, ways } = input;
  const coverage = stated && stated > 0 ? Math.min(1, part.count / stated) : null;
  const status =
    part.count === 0 ? 'missing' : coverage !== null && coverage < COMPLETE_SHARE ? 'partial' : 'ok';
  const stale = isStale(part.newestImportAt, now, staleAfterDays);
  const amount =
    part.count === 0
      ? `No ${noun} imported`
      : coverage !== null
        ? `${number(part.count)} of ${number(stated!)} ${noun} imported (${Math.round(coverage * 100)}%)`
        : `${number(part.count)} ${part.count === 1 ? (ONE[noun] ?? noun) : noun} imported`;
  const when = part.newestImportAt
    ? `, newest from ${day(part.newestImportAt)}${stale ? ` (older than ${staleAfterDays} days)` : ''}`
    : '';
  return {
    kind,
    label,
    status,
    stale,
    imported: part.count,
    stated,
    coverage,
    newestImportAt: part.newestImportAt,
    summary: `${amount}${when}.`,
    // A complete, fresh import needs no way to fill it; a stale one needs the same ways again.
    ways: status === 'ok' && !stale ? [] : ways,
  };
}

function ownArchiveWays(network: string): DataWayDto[] {
  if (network === 'mastodon') return [mastodonOwnWay(), xArchiveWay()];
  return [xArchiveWay(), mastodonOwnWay()];
}

/**
 * What the workspace holds for a prospect and what it lacks, with the ways to get each missing
 * or stale piece, and the suggestions ranked by how much they would add to the inside track.
 */
export function analyseGaps(
  snapshot: GapsSnapshot,
  options: { now: Date; staleAfterDays?: number },
): GapsDto {
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_STALE_DAYS;
  const { prospect } = snapshot;
  const make = (input: ItemInput) => item(input, options.now, staleAfterDays);
  const list = (kind: XList, label: string, noun: string, part: ImportedPart, stated: number | null) =>
    make({
      kind,
      label,
      noun,
      part,
      stated,
      // twarc2 and goat fetch a whole list, not only what is missing: the cost is the whole list's.
      ways: waysForList(prospect, kind, stated ?? part.count),
    });
  const networkAccounts = snapshot.peopleAccounts.filter((a) => a.relationship !== 'me');
  const withLists = networkAccounts.filter((a) => a.importedFollowing > 0).length;
  const items: GapItemDto[] = [
    list('posts', 'Posts', 'posts', snapshot.posts, prospect.postsCount),
    list('likes', 'Likes', 'likes', snapshot.likes, null),
    list('followers', 'Followers', 'followers', snapshot.followers, prospect.followersCount),
    list('following', 'Following', 'accounts followed', snapshot.following, prospect.followingCount),
    {
      ...make({
        kind: 'network',
        label: "Your people's networks",
        noun: "of your people's following lists",
        part: { count: withLists, newestImportAt: null },
        stated: networkAccounts.length || null,
        ways: [linkedInWay(true)],
      }),
      summary:
        networkAccounts.length === 0
          ? `None of your people has a confirmed account yet${snapshot.peopleWithoutAccount ? ` (${number(snapshot.peopleWithoutAccount)} without one): link them in People` : ''}.`
          : `${number(withLists)} of ${number(networkAccounts.length)} of your people's accounts have their following list imported` +
            `${snapshot.peopleWithoutAccount ? `; ${number(snapshot.peopleWithoutAccount)} people have no linked account` : ''}.`,
    },
    make({
      kind: 'ownArchive',
      label: 'Your own archive',
      noun: 'archives of your own',
      part: snapshot.ownArchive,
      stated: null,
      ways: ownArchiveWays(prospect.network),
    }),
    make({
      kind: 'contacts',
      label: 'Your contacts',
      noun: 'contacts',
      part: snapshot.contacts,
      stated: null,
      ways: contactsWays(),
    }),
    ...(['mail', 'calendar'] as const).map((kind) => {
      const part = snapshot[kind];
      const made = make({
        kind,
        label: kind === 'mail' ? 'Mail' : 'Calendar',
        noun: kind === 'mail' ? 'messages' : 'events',
        part: part ?? { count: 0, newestImportAt: null },
        stated: null,
        ways: mailWays(kind, part !== null),
      });
      return part === null ? { ...made, summary: 'Not imported yet: this version cannot import it.' } : made;
    }),
  ];
  return {
    prospect: {
      accountId: prospect.accountId,
      network: prospect.network,
      handle: prospect.handle,
      name: prospect.name,
      networkId: networkIdOf(prospect),
    },
    guideChecked: GUIDE_CHECKED,
    staleAfterDays,
    items,
    suggestions: rankSuggestions(snapshot),
  };
}
