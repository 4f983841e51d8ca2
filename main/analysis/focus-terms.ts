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
    const word = fold(raw.replace(/^'+|'+$/g, '').replace(/'s$/, ''));
    if (word.length < 3 || /^\d+$/.test(word) || stop.has(word) || stop.has(word.replace(/'/g, ''))) continue;
    words.push(word.replace(/'/g, ''));
  }
  return words;
}

/** Two-word phrases from consecutive content words, e.g. "supply chain". */
export function phrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}
