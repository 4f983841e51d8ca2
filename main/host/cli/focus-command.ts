import type { AppApi } from '../../../common/client';
import type { FocusDto, RankedItemDto } from '../../../common/dto';
import { noPositionals, UsageError, type Flags } from './args';
import { print } from './people-flags';
import { openProspect } from './prospect-flag';

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function ranked(title: string, items: RankedItemDto[]): string[] {
  if (items.length === 0) return [];
  const top = items.slice(0, 10).map((item) => `${item.value} (${item.count})`);
  return [`${title}: ${top.join(', ')}`];
}

function focusText(name: string, focus: FocusDto): string {
  const { posts, replies, reposts, quotes, likes } = focus.counts;
  const peak = focus.peak
    ? `Most active: ${WEEKDAYS[focus.peak.weekday]} around ${String(focus.peak.hour).padStart(2, '0')}:00 (${focus.timeZone})`
    : '';
  const starters = focus.starters.map(
    (s) =>
      `  - ${s.text.replace(/\s+/g, ' ').slice(0, 140)} (${s.createdAt?.slice(0, 10) ?? 'undated'}; ${s.reason})`,
  );
  return [
    `${name}: ${posts} posts, ${replies} replies, ${reposts} reposts, ${quotes} quotes, ${likes} likes`,
    ...ranked('Talks about', focus.terms),
    ...ranked('Likes posts about', focus.likedTerms),
    ...ranked('Amplifies', focus.amplifiedTerms),
    ...ranked('Hashtags', focus.hashtags),
    ...ranked('Mentions', focus.mentions),
    ...ranked('Links to', focus.domains),
    peak,
    ...(starters.length ? ['Conversation starters:', ...starters] : []),
  ]
    .filter(Boolean)
    .join('\n');
}

/** `focus --prospect @h [--tz Zone]`: what the Focus tab shows, from the same use case. */
export async function focus(api: AppApi, positionals: string[], flags: Flags): Promise<void> {
  noPositionals(positionals);
  if (flags.tz !== undefined && !knownTimeZone(flags.tz))
    throw new UsageError(
      `--tz: there is no time zone “${flags.tz}” (for example Europe/Paris, America/New_York)`,
    );
  const account = await openProspect(api, flags);
  const result = await api.focus.get({ accountId: account.id, ...(flags.tz ? { timeZone: flags.tz } : {}) });
  print(flags, result, () => focusText(account.name ?? `@${account.handle}`, result));
}
