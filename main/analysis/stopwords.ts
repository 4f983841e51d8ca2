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

/**
 * The package's English list is short (108 words): these common function words and generic verbs
 * and nouns would otherwise top every prospect's "distinctive" terms.
 */
const ENGLISH_EXTRA =
  `not when know time year years see need something does did done doing first post posts people love
thought think thinks going make makes made want wants way ways day days week weeks month months back still even
well much many more most every any anyone everyone someone thing things lot lots let lets say says said take took
look looks looking come comes came work works use used using find found give gave keep kept right left next last
long little big small sure never always often ever maybe though although however since until while because
why how what where who whom which whose there here these those this that they them their then than too very
can't won't isn't aren't wasn't weren't didn't doesn't don't i'm you're we're they're it's let's i've you've
we've i'll you'll we'll i'd you'd would could should might must shall may getting gets try trying tried
yet already again ago around away best better bit else enough far few full hard high hope kind less part
place point put real same seem show start stop tell three two four five wait watch went`.split(/\s+/);

let cached: Set<string> | undefined;

/** Stop words of the major languages, lower-case and without diacritics, as the tokenizer sees them. */
export function stopWords(): Set<string> {
  if (!cached) {
    cached = new Set([
      ...SOCIAL,
      ...ENGLISH_EXTRA.map(fold),
      ...ENGLISH_EXTRA.map((w) => fold(w).replace(/'/g, '')),
    ]);
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
