import { locationKey } from '../analysis/audience';
import { fold } from '../analysis/stopwords';
import type { BriefContext } from './context';
import { fonts } from './fonts';
import { accountName, count, counted, percent } from './format';
import { colors, sizes, type BriefWriter } from './layout';

const TOP_LOCATIONS = 10;
/** Locations read from the database before merging spelling variants. */
const LOCATIONS_READ = 400;
/** What people write in a location field that is not a place to look for in posts. */
const NOT_PLACES = new Set([
  'earth',
  'world',
  'worldwide',
  'everywhere',
  'internet',
  'online',
  'global',
  'home',
  'here',
  'planet earth',
  'the internet',
  'somewhere',
]);

export interface PlaceCount {
  place: string;
  count: number;
}

/** Locations grouped as the app's Followers list groups them, each shown in its most common spelling. */
export function mergeLocations(rows: { location: string; count: number }[]): PlaceCount[] {
  const merged = new Map<string, { variants: Map<string, number>; count: number }>();
  for (const { location, count } of rows) {
    const key = locationKey(location);
    if (!key) continue;
    const entry = merged.get(key) ?? { variants: new Map(), count: 0 };
    entry.count += count;
    entry.variants.set(location.trim(), (entry.variants.get(location.trim()) ?? 0) + count);
    merged.set(key, entry);
  }
  return [...merged.values()]
    .map(({ variants, count }) => ({ place: [...variants].sort((a, b) => b[1] - a[1])[0]![0], count }))
    .sort((a, b) => b.count - a.count || a.place.localeCompare(b.place));
}

/** Place names from the followers' locations that the prospect's own posts name. */
export function placesMentioned(places: string[], texts: string[]): PlaceCount[] {
  const found: PlaceCount[] = [];
  for (const place of new Set(places)) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_#@])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`,
      'u',
    );
    const hits = texts.filter((t) => pattern.test(t)).length;
    if (hits) found.push({ place, count: hits });
  }
  return found.sort((a, b) => b.count - a.count || a.place.localeCompare(b.place));
}

/** Where: their followers' stated locations, and the places their posts name. */
export function writeWhere(w: BriefWriter, ctx: BriefContext): void {
  const id = ctx.prospect.id;
  const followers = ctx.counts().followers;
  const name = accountName(ctx.prospect);
  const locations = followers ? mergeLocations(ctx.repo.followerLocations(id, LOCATIONS_READ)) : [];
  w.subheading('Where their followers are', { keepWith: 120 });
  if (!followers) {
    w.paragraph(
      `None of ${name}’s followers are imported. Import their follower list to see where their audience is.`,
    );
  } else if (!locations.length) {
    w.paragraph(`None of the ${counted(followers, 'imported follower')} states a location.`);
  } else {
    const located = ctx.repo.followersWithLocation(id);
    w.paragraph(
      `${count(located)} of ${counted(followers, 'imported follower')} (${percent(located, followers)}) state a location. The most common, grouped as in the Followers list:`,
      { color: colors.muted, size: sizes.small },
    );
    drawLocationBars(w, locations.slice(0, TOP_LOCATIONS), located);
  }

  const texts = ctx
    .posts()
    .filter((p) => p.kind !== 'repost')
    .map((p) => p.text);
  if (!texts.length) return;
  const candidates = [
    ...(ctx.prospect.location ? [ctx.prospect.location] : []),
    ...locations.slice(0, 100).map((l) => l.place),
  ]
    .flatMap((place) => place.split(/[,/]/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && /^\p{Lu}/u.test(part) && !NOT_PLACES.has(fold(part)));
  const mentioned = placesMentioned(candidates, texts).slice(0, 8);
  w.subheading('Places they mention', { keepWith: 20 });
  if (mentioned.length) {
    w.ranked(mentioned.map((m) => ({ value: m.place, count: m.count })));
    w.note(
      `Posts naming a place their followers or their own profile give, among their ${counted(texts.length, 'written post')}.`,
    );
  } else {
    w.paragraph(
      `None of the places their followers or their own profile give is named in their ${counted(texts.length, 'written post')}.`,
    );
  }
}

function drawLocationBars(w: BriefWriter, places: PlaceCount[], located: number): void {
  const { doc } = w;
  const labelWidth = 150;
  const barMax = w.width - labelWidth - 70;
  const max = Math.max(1, ...places.map((p) => p.count));
  for (const { place, count: n } of places) {
    w.ensureSpace(14);
    const y = doc.y;
    doc.font(fonts.regular).fontSize(sizes.body).fillColor(colors.ink);
    doc.text(w.say(place), w.left, y, {
      width: labelWidth - 8,
      lineBreak: false,
      height: 12,
      ellipsis: true,
    });
    const bar = Math.max(1.5, (n / max) * barMax);
    doc.rect(w.left + labelWidth, y + 2, bar, 8).fill(colors.accent);
    doc.font(fonts.regular).fontSize(sizes.small).fillColor(colors.muted);
    doc.text(`${count(n)} (${percent(n, located)})`, w.left + labelWidth + bar + 5, y + 1, {
      lineBreak: false,
    });
    doc.y = y + 14;
  }
  doc.x = w.left;
  w.gap(4);
}
