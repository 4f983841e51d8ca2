import lists from 'stopword';

/** The languages our users' prospects mostly write in (ISO 639-3), plus social-media filler. */
const LANGUAGES = ['eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'swe', 'dan', 'nob', 'pol', 'tur', 'rus'];
const SOCIAL = [
  'rt',
  'via',
  'amp',
  'https',
  'http',
  'www',
  'com',
  'co',
  'im',
  'dont',
  'thats',
  'youre',
  'ive',
  'lol',
  'yes',
  'yeah',
  'just',
  'like',
  'get',
  'got',
  'one',
  'new',
  'today',
  'now',
  'will',
  'can',
  'really',
  'also',
  'much',
  'good',
  'great',
  'thanks',
  'thank',
];

let cached: Set<string> | undefined;

/** Stop words of the major languages, lower-case and without diacritics, as the tokenizer sees them. */
export function stopWords(): Set<string> {
  if (!cached) {
    cached = new Set(SOCIAL);
    for (const code of LANGUAGES) for (const word of lists[code] ?? []) cached.add(fold(word));
  }
  return cached;
}

/** Lower case without diacritics: the same folding FTS5's unicode61 tokenizer applies. */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
