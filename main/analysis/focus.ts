import { contentWords, phrases } from './focus-terms';

export interface FocusPost {
  id: number;
  text: string;
  createdAt: string | null;
  kind: 'post' | 'reply' | 'repost' | 'quote';
  tags: string[];
  domains: string[];
  mentions: string[];
}

export interface FocusLike {
  postId: number;
  text: string;
  createdAt: string | null;
}

export interface RankedItem {
  value: string;
  count: number;
  /** The posts behind the item, newest first (at most 50). */
  postIds: number[];
}

export interface DistinctiveTerm extends RankedItem {
  /** How much more the prospect uses it than the workspace at large (tf × idf). */
  score: number;
}

export interface FocusAnalysis {
  counts: { posts: number; replies: number; reposts: number; quotes: number; likes: number };
  hashtags: RankedItem[];
  mentions: RankedItem[];
  domains: RankedItem[];
  /** From what they write (posts, replies, quotes). */
  terms: DistinctiveTerm[];
  /** From what they like: private interests. */
  likedTerms: DistinctiveTerm[];
  /** From what they repost: what they amplify. */
  amplifiedTerms: DistinctiveTerm[];
  byMonth: { month: string; posts: number; likes: number }[];
  /** [weekday 0 = Monday][hour 0–23] in the chosen time zone. */
  heatmap: number[][];
  peak: { weekday: number; hour: number; count: number } | null;
  starters: {
    postId: number;
    text: string;
    createdAt: string | null;
    source: 'post' | 'like';
    reason: string;
  }[];
}

/** How common a term is across the workspace's posts: documents containing it, of all. */
export interface Background {
  documents: number;
  frequency(term: string): number;
}

const TOP = 15;

function rank(entries: Iterable<[string, number]>, limit = TOP): RankedItem[] {
  const byValue = new Map<string, { display: string; ids: number[] }>();
  for (const [value, id] of entries) {
    const key = value.toLowerCase();
    const entry = byValue.get(key) ?? { display: value, ids: [] };
    entry.ids.push(id);
    byValue.set(key, entry);
  }
  return [...byValue.values()]
    .map(({ display, ids }) => ({ value: display, count: ids.length, postIds: ids.slice(0, 50) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

/**
 * Terms and two-word phrases the texts use more than the workspace does: tf × log(N / df), with
 * a phrase counting only when it occurs at least twice. Every term keeps the posts behind it.
 */
export function distinctiveTerms(
  texts: { id: number; text: string }[],
  background: Background,
  limit = TOP,
): DistinctiveTerm[] {
  const occurrences = new Map<string, number[]>();
  for (const { id, text } of texts) {
    const words = contentWords(text);
    for (const term of new Set([...words, ...phrases(words)])) {
      const list = occurrences.get(term) ?? [];
      list.push(id);
      occurrences.set(term, list);
    }
  }
  const documents = Math.max(background.documents, texts.length, 1);
  const scored: DistinctiveTerm[] = [];
  for (const [term, ids] of occurrences) {
    const isPhrase = term.includes(' ');
    if (ids.length < (isPhrase ? 2 : 1)) continue;
    const df = isPhrase
      ? Math.min(...term.split(' ').map((w) => background.frequency(w)))
      : background.frequency(term);
    const idf = Math.log((documents + 1) / (Math.max(df, ids.length) + 1)) + 1;
    scored.push({
      value: term,
      count: ids.length,
      postIds: ids.slice(0, 50),
      score: ids.length * idf * (isPhrase ? 1.5 : 1),
    });
  }
  scored.sort((a, b) => b.score - a.score || a.value.localeCompare(b.value));
  // A phrase makes its single words redundant when they mostly occur inside it.
  const chosen: DistinctiveTerm[] = [];
  for (const candidate of scored) {
    const covered = chosen.some(
      (c) =>
        c.value.includes(' ') &&
        c.value.split(' ').includes(candidate.value) &&
        c.count >= candidate.count * 0.6,
    );
    if (!covered) chosen.push(candidate);
    if (chosen.length >= limit) break;
  }
  return chosen;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** One formatter per time zone: making one costs far more than using it. */
const slotFormats = new Map<string, Intl.DateTimeFormat>();
function slotFormat(timeZone: string): Intl.DateTimeFormat {
  let format = slotFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    slotFormats.set(timeZone, format);
  }
  return format;
}

/** Weekday (0 = Monday) and hour of a UTC instant in a time zone. */
export function localSlot(iso: string, timeZone: string): { weekday: number; hour: number } | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const parts = slotFormat(timeZone).formatToParts(time);
  const weekday = WEEKDAYS.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? '');
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  return weekday < 0 || !Number.isInteger(hour) ? null : { weekday, hour: hour % 24 };
}

export function analyseFocus(
  posts: FocusPost[],
  likes: FocusLike[],
  background: Background,
  timeZone: string,
): FocusAnalysis {
  const written = posts.filter((p) => p.kind !== 'repost');
  const reposts = posts.filter((p) => p.kind === 'repost');
  const newestFirst = [...posts].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));

  const heatmap = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const months = new Map<string, { posts: number; likes: number }>();
  for (const post of posts) {
    if (!post.createdAt) continue;
    const slot = localSlot(post.createdAt, timeZone);
    if (slot) heatmap[slot.weekday]![slot.hour]! += 1;
    const month = post.createdAt.slice(0, 7);
    months.set(month, {
      ...(months.get(month) ?? { posts: 0, likes: 0 }),
      posts: (months.get(month)?.posts ?? 0) + 1,
    });
  }
  for (const like of likes) {
    if (!like.createdAt) continue;
    const month = like.createdAt.slice(0, 7);
    const entry = months.get(month) ?? { posts: 0, likes: 0 };
    months.set(month, { ...entry, likes: entry.likes + 1 });
  }
  let peak: FocusAnalysis['peak'] = null;
  heatmap.forEach((hours, weekday) =>
    hours.forEach((count, hour) => {
      if (count > 0 && (!peak || count > peak.count)) peak = { weekday, hour, count };
    }),
  );

  const terms = distinctiveTerms(written, background);
  const likedTerms = distinctiveTerms(
    likes.map((l) => ({ id: l.postId, text: l.text })),
    background,
  );
  const amplifiedTerms = distinctiveTerms(reposts, background);
  return {
    counts: {
      posts: posts.filter((p) => p.kind === 'post').length,
      replies: posts.filter((p) => p.kind === 'reply').length,
      reposts: reposts.length,
      quotes: posts.filter((p) => p.kind === 'quote').length,
      likes: likes.length,
    },
    hashtags: rank(newestFirst.flatMap((p) => p.tags.map((t): [string, number] => [`#${t}`, p.id]))),
    mentions: rank(newestFirst.flatMap((p) => p.mentions.map((m): [string, number] => [`@${m}`, p.id]))),
    domains: rank(newestFirst.flatMap((p) => p.domains.map((d): [string, number] => [d, p.id]))),
    terms,
    likedTerms,
    amplifiedTerms,
    byMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, ...v })),
    heatmap,
    peak,
    starters: conversationStarters(written, likes, terms, likedTerms),
  };
}

/** Recent posts and likes that carry what is most distinctive about them: openers for a meeting. */
function conversationStarters(
  written: FocusPost[],
  likes: FocusLike[],
  terms: DistinctiveTerm[],
  likedTerms: DistinctiveTerm[],
): FocusAnalysis['starters'] {
  const termOf = new Map<number, DistinctiveTerm[]>();
  for (const term of [...terms, ...likedTerms]) {
    for (const id of term.postIds) termOf.set(id, [...(termOf.get(id) ?? []), term]);
  }
  const newest =
    [...written.map((p) => p.createdAt ?? ''), ...likes.map((l) => l.createdAt ?? '')].sort().at(-1) ?? '';
  const recentSince = newest ? new Date(Date.parse(newest) - 180 * 86_400_000).toISOString() : '';
  const candidates = [
    ...written.map((p) => ({ postId: p.id, text: p.text, createdAt: p.createdAt, source: 'post' as const })),
    ...likes.map((l) => ({
      postId: l.postId,
      text: l.text,
      createdAt: l.createdAt,
      source: 'like' as const,
    })),
  ].filter((c) => c.text.length >= 40 && (!recentSince || (c.createdAt ?? '') >= recentSince));
  return candidates
    .map((c) => {
      const hits = termOf.get(c.postId) ?? [];
      return { ...c, hits, weight: hits.reduce((sum, t) => sum + t.score, 0) };
    })
    .filter((c) => c.hits.length > 0)
    .sort((a, b) => b.weight - a.weight || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''))
    .slice(0, 5)
    .map(({ postId, text, createdAt, source, hits }) => ({
      postId,
      text,
      createdAt,
      source,
      reason: `${source === 'like' ? 'Liked' : 'Wrote'} about ${hits
        .slice(0, 3)
        .map((t) => `“${t.value}”`)
        .join(', ')}`,
    }));
}
