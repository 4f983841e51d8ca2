// Tests only: random contact-list values with what real address books hold.
import fc from 'fast-check';
import { displayName } from './arbitraries';
import type { CsvLayout } from './csv-write';

/** Pieces CSV and vCard writers must escape: commas, semicolons, quotes, backslashes, breaks. */
const trickyPieces = [
  'Smith, Jr.',
  'a;b',
  '"Ace"',
  "Ö'Neil",
  'back\\slash',
  'two\nlines',
  'crlf\r\nline',
  '   ',
];

/** Text no reader may mistake for damage: no U+FFFD, BOM or control character but line breaks. */
function plain(text: string): boolean {
  return !/[\uFFFD\uFEFF]/.test(text) && !/\p{Cc}/u.test(text.replace(/[\r\n\t]/g, ''));
}

/** A name, title or company: accents, CJK, emoji, commas, quotes and line breaks, always with a letter. */
export const contactText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: displayName },
      { weight: 1, arbitrary: fc.constantFrom(...trickyPieces) },
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((parts) => parts.join(' '))
  .filter((text) => plain(text) && /\p{L}/u.test(text));

/** An optional field: often empty, as in real exports. */
export function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined, freq: 3 });
}

/** A day between 2004 and 2030, at UTC midnight (contact lists keep dates, not times). */
export const day: fc.Arbitrary<Date> = fc
  .integer({ min: Date.UTC(2004, 0, 1) / 86_400_000, max: Date.UTC(2030, 0, 1) / 86_400_000 })
  .map((days) => new Date(days * 86_400_000));

/** How a file's lines end, and whether its last line has an end. */
export const layout: fc.Arbitrary<CsvLayout> = fc.record({
  newline: fc.constantFrom('\n' as const, '\r\n' as const),
  finalNewline: fc.boolean(),
});

/** What a reader makes of a text field: runs of blanks as one space, trimmed; undefined when empty. */
export function cleaned(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** How readers compare names for a contact's key: NFKC, blanks collapsed, lower case. */
export function matchKey(value: string | undefined): string {
  return (value ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
