import { ImportFormatError } from '../../errors';
import type { ContentLine } from './content-lines';
import { parseProperty, type VcardProperty } from './property';

/** One BEGIN:VCARD … END:VCARD block. */
export interface Vcard {
  /** 1-based position in the file. */
  number: number;
  /** Line of its BEGIN:VCARD. */
  line: number;
  version: string;
  properties: VcardProperty[];
}

/** More properties than any address book writes: a damaged or hostile file. */
const MAX_PROPERTIES = 10_000;

const isBegin = (text: string) => /^begin\s*:\s*vcard\s*$/i.test(text.trim());
const isEnd = (text: string) => /^end\s*:\s*vcard\s*$/i.test(text.trim());
/** "B", "BEGIN:V", …: the start of a BEGIN:VCARD that the end of the file cut short. */
const isCutBegin = (text: string) => {
  const bare = text.replace(/\s+/g, '').toUpperCase();
  return bare.length > 0 && 'BEGIN:VCARD'.startsWith(bare);
};

/**
 * Groups content lines into cards, one at a time. A vCard 2.1 AGENT may embed a whole card right
 * after `AGENT:`; it is passed over. Any other BEGIN inside a card, or the end of the file inside
 * one, means a card without END: an ImportFormatError naming the card and its line.
 */
export async function* readCards(lines: AsyncIterable<ContentLine>, file: string): AsyncGenerator<Vcard> {
  let card: Vcard | undefined;
  let count = 0;
  let nested = 0;
  let previous: VcardProperty | undefined;
  for await (const content of lines) {
    if (!card) {
      if (isBegin(content.text)) {
        count += 1;
        card = { number: count, line: content.line, version: '3.0', properties: [] };
        previous = undefined;
      }
      if (content.unterminated && isCutBegin(content.text)) {
        throw new ImportFormatError(
          file,
          `card ${count + 1} (line ${content.line})`,
          'the file ends inside the card’s BEGIN:VCARD, without a newline: it looks cut off. Export it again.',
        );
      }
      // Text between cards (a stray blank or a mail header) is not a card: passed over.
      continue;
    }
    if (nested > 0) {
      if (isBegin(content.text)) nested += 1;
      else if (isEnd(content.text)) nested -= 1;
      continue;
    }
    if (isBegin(content.text)) {
      if (previous?.name === 'AGENT' && previous.raw.trim() === '') {
        nested = 1;
        continue;
      }
      throw new ImportFormatError(
        file,
        `card ${card.number} (line ${card.line})`,
        `the card has no END:VCARD before the next BEGIN:VCARD on line ${content.line}`,
      );
    }
    if (isEnd(content.text)) {
      yield card;
      card = undefined;
      continue;
    }
    const property = parseProperty(content);
    if (!property) continue;
    if (property.name === 'VERSION') card.version = property.raw.trim();
    if (card.properties.length >= MAX_PROPERTIES) {
      throw new ImportFormatError(
        file,
        `card ${card.number} (line ${card.line})`,
        `more than ${MAX_PROPERTIES} properties in one card`,
      );
    }
    card.properties.push(property);
    previous = property;
  }
  if (card) {
    throw new ImportFormatError(
      file,
      `card ${card.number} (line ${card.line})`,
      'the card has no END:VCARD; the file may be cut off',
    );
  }
  if (count === 0) throw new ImportFormatError(file, 'line 1', 'no BEGIN:VCARD: this is not a vCard file');
}
