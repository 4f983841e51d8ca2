/** What stands in for an erased handle or name in text that stays (other people's posts, notes). */
export const ERASED = '[erased]';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters, digits and _ continue a handle or a name: "@ada" must not redact "@adam".
const edge = (term: string) => `(?<![\\p{L}\\p{N}_])${escape(term)}(?![\\p{L}\\p{N}_])`;

/** The words that name someone being erased: handles (with or without @) and names. */
export interface ErasedTerms {
  handles: string[];
  names: string[];
}

/** A redaction over text: "@handle" → "@[erased]", a bare handle or a name → "[erased]". */
export function redactor(terms: ErasedTerms): (text: string) => string {
  const handles = unique(terms.handles.map((h) => h.replace(/^@/, '')));
  // Longest first, so "Ada Lovelace" goes whole before "Ada" would cut it.
  const words = unique([...handles, ...terms.names]).sort((a, b) => b.length - a.length);
  if (words.length === 0) return (text) => text;
  const pattern = new RegExp(words.map(edge).join('|'), 'giu');
  return (text) => text.replace(pattern, ERASED);
}

/** The texts a SQL LIKE pre-filter looks for (case-insensitive for ASCII, as LIKE is). */
export function likePatterns(terms: ErasedTerms): string[] {
  const words = unique([...terms.handles.map((h) => h.replace(/^@/, '')), ...terms.names]);
  return words.map((word) => `%${word.replace(/[\\%_]/g, '\\$&')}%`);
}

function unique(words: string[]): string[] {
  return [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 2))];
}
