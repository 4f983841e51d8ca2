import { fold, stopWords } from './stopwords';

/** Words worth counting in a post: no links, handles, hashtags, numbers or stop words. */
export function contentWords(text: string): string[] {
  const stop = stopWords();
  const cleaned = text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/&amp;/g, ' ');
  const words: string[] = [];
  for (const raw of cleaned.split(/[^\p{L}\p{N}']+/u)) {
    if (CJK.test(raw)) {
      words.push(...cjkWords(raw));
      continue;
    }
    const word = fold(raw.replace(/^'+|'+$/g, '').replace(/'s$/, ''));
    if (word.length < 3 || /^\d+$/.test(word) || stop.has(word) || stop.has(word.replace(/'/g, ''))) continue;
    words.push(word.replace(/'/g, ''));
  }
  return words;
}

/** Han, kana and Hangul: scripts written without spaces between words (Korean: between phrases). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Words of a run of CJK text, cut by ICU's dictionaries (Intl.Segmenter): 物流センターを開設 gives
 * 物流, センター, 開設. Kept: two characters or more; hiragana-only words (particles, endings)
 * from three. Not folded: decomposing kana or Hangul would change the words.
 */
function cjkWords(text: string): string[] {
  const locale = /\p{Script=Hangul}/u.test(text)
    ? 'ko'
    : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
      ? 'ja'
      : 'zh';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const word = segment.toLowerCase();
    const length = [...word].length;
    if (!isWordLike || length < 2 || (HIRAGANA_ONLY.test(word) && length < 3) || /^\d+$/.test(word)) continue;
    words.push(word);
  }
  return words;
}

/** Two-word phrases from consecutive content words, e.g. "supply chain". */
export function phrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}
