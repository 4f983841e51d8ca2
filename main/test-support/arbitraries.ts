// Tests only: random values shaped like what real social-network files hold, for property tests.
import fc from 'fast-check';

/** Pieces of real names and bios: accents, emoji, CJK, right-to-left, quotes, breaks, backslashes. */
const namePieces = [
  'Zoë',
  'José',
  'Ångström',
  'Đặng',
  '山田太郎',
  '김민준',
  'محمد',
  '😀',
  '👩🏽‍💻',
  '"Quoted"',
  "O'Brien",
  'A\\B',
  'Line\nbreak',
  'Tab\there',
  '<b>&amp;</b>',
  'plain',
];

/** A non-blank, trimmed display name (files write "" for unset, which readers treat as absent). */
export const displayName: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...namePieces) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(' ').trim())
  .filter((name) => name !== '' && !/\p{Cc}/u.test(name.replace(/[\n\t]/g, '')));

/** Numeric ids as strings, often above 2^53 (new X accounts and every recent post id). */
export const bigId: fc.Arbitrary<string> = fc
  .oneof(fc.bigInt({ min: 1n, max: 2n ** 53n }), fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 63n - 1n }))
  .map(String);

/** An X handle: 1 to 15 letters, digits and underscores. */
export const xHandle: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/);

/** A hashtag without its '#': letters (any script) and digits. */
export const hashtag: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/),
  fc.constantFrom('café', '東京', 'ÜberTag', 'إنسان'),
);

/** An https link with a path and query. */
export const link: fc.Arbitrary<string> = fc
  .record({
    host: fc.constantFrom('example.com', 'www.example.org', 'news.example.net', 'bücher.example'),
    path: fc.stringMatching(/^[a-z0-9-]{0,10}$/),
    query: fc.option(fc.stringMatching(/^[a-z]{1,4}=[a-z0-9]{1,4}$/), { nil: undefined }),
  })
  .map(({ host, path, query }) => `https://${host}/${path}${query ? `?${query}` : ''}`);

/** A time with whole seconds between 2007 and 2030 (every format here keeps at least seconds). */
export const moment: fc.Arbitrary<Date> = fc
  .integer({ min: Date.UTC(2007, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 })
  .map((seconds) => new Date(seconds * 1000));

export interface PostText {
  text: string;
  mentions: string[];
  tags: string[];
  links: string[];
}

/** Post text mixing words, names, @mentions, #tags and links; the entities listed apart. */
export const postText: fc.Arbitrary<PostText> = fc
  .array(
    fc.oneof(
      fc.constantFrom('hello', 'a & b', '<3', 'x > y', 'naïve', '你好', '🎉', '"quote"', '\n', 'RT'),
      displayName.map((name) => ({ name })),
      xHandle.map((mention) => ({ mention })),
      hashtag.map((tag) => ({ tag })),
      link.map((url) => ({ url })),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => {
    const out: PostText = { text: '', mentions: [], tags: [], links: [] };
    const words = parts.map((part) => {
      if (typeof part === 'string') return part;
      if ('name' in part) return part.name;
      if ('mention' in part) return (out.mentions.push(part.mention), `@${part.mention}`);
      if ('tag' in part) return (out.tags.push(part.tag), `#${part.tag}`);
      return (out.links.push(part.url), part.url);
    });
    out.text = `${words.join(' ')} .`;
    out.tags = [...new Set(out.tags)];
    out.links = [...new Set(out.links)];
    return out;
  });

/** X's archive and v1.1 date form: `Tue Jan 25 16:41:04 +0000 2022`. */
export function twitterDate(date: Date): string {
  // toUTCString: "Tue, 25 Jan 2022 16:41:04 GMT".
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ') as string[];
  return `${weekday} ${month} ${day} ${time} +0000 ${year}`;
}

/** Ids unique within a list (a file never holds the same account twice). */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}
