import { remembered } from './memo';

/**
 * Text folded for comparison: "José Álvarez-García" and "jose alvarez garcia" fold alike. Accents
 * go (NFKD, then the combining marks), letters without a decomposition are spelled out (ß, æ, ø,
 * ł, đ, þ), case goes, an apostrophe inside a word goes (O'Brien), and everything else that is
 * neither letter nor digit becomes one space.
 */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export const foldText = remembered((text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPELLED_OUT[c] ?? c)
    .replace(/(?<=\p{L})['’ʼ`](?=\p{L})/gu, '') // O'Brien, D’Angelo: one word
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Folded, with no spaces at all: "Acme Logistics" → "acmelogistics", as handles and domains write it. */
export function compact(text: string): string {
  return foldText(text).replace(/ /g, '');
}

/** Whether `phrase` (folded) stands in `text` (folded) as whole words. */
export function hasPhrase(foldedText: string, foldedPhrase: string): boolean {
  if (!foldedPhrase) return false;
  return ` ${foldedText} `.includes(` ${foldedPhrase} `);
}

/**
 * A folded name word spelled one way where spellings vary: German writes ü as ue when it cannot
 * type it (Müller, Mueller), so ue, oe and ae stand for u, o and a on both sides.
 */
export function nameSpelling(word: string): string {
  return word.replace(/ue/g, 'u').replace(/oe/g, 'o').replace(/ae/g, 'a');
}
