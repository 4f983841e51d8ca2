import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { samplePath } from '../../../test-support/samples';
import { ImportFormatError } from '../../errors';
import { readLines } from '../../util/lines';
import { createReadStream } from 'node:fs';
import { readCards, type Vcard } from './cards';
import { contentLines } from './content-lines';
import { parseProperty, propertyText } from './property';

async function cardsOf(stream: Readable, file = 'test.vcf'): Promise<Vcard[]> {
  const cards: Vcard[] = [];
  for await (const card of readCards(contentLines(readLines(stream), file), file)) cards.push(card);
  return cards;
}
const fromText = (text: string) => cardsOf(Readable.from([Buffer.from(text)]));
const textOf = (card: Vcard, name: string) => {
  const property = card.properties.find((p) => p.name === name);
  return property ? propertyText(property, card.version) : undefined;
};

describe('vCard content lines and properties', () => {
  it('parses group, name, 2.1 bare parameters and quoted 4.0 parameters', () => {
    const tel = parseProperty({ line: 1, text: 'TEL;WORK;VOICE:(905) 555-1234' })!;
    expect([tel.name, tel.params.get('TYPE')]).toEqual(['TEL', ['work', 'voice']]);
    const url = parseProperty({ line: 1, text: 'item1.URL;type=pref:http\\://x.com/jdoe' })!;
    expect([url.group, url.name, url.raw]).toEqual(['item1', 'URL', 'http\\://x.com/jdoe']);
    const adr = parseProperty({ line: 1, text: 'ADR;TYPE="home,work";LABEL="a:b;c":;;1 Main St' })!;
    expect([adr.params.get('TYPE'), adr.params.get('LABEL'), adr.raw]).toEqual([
      ['home', 'work'],
      ['a:b;c'],
      ';;1 Main St',
    ]);
    expect(parseProperty({ line: 1, text: 'no colon here' })).toBeUndefined();
  });

  it('unescapes 3.0 text and splits structured values on unescaped semicolons', () => {
    const n = parseProperty({ line: 1, text: 'N:Doe;John;Richter\\, James;Mr.;Sr.' })!;
    expect(propertyText(n, '3.0')).toEqual(['Doe', 'John', 'Richter, James', 'Mr.', 'Sr.']);
    const note = parseProperty({ line: 1, text: 'NOTE:a\\nb\\; c\\\\d' })!;
    expect(propertyText(note, '3.0')).toEqual(['a\nb; c\\d']);
    // 2.1 has no \n escape: a Windows path stays a path.
    expect(propertyText(parseProperty({ line: 1, text: 'NOTE:C:\\new' })!, '2.1')).toEqual(['C:\\new']);
  });

  it('decodes quoted-printable with its CHARSET', () => {
    const latin = parseProperty({
      line: 1,
      text: 'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Ren=E9 M=FCller',
    })!;
    expect(propertyText(latin, '2.1')).toEqual(['René Müller']);
    const utf8 = parseProperty({ line: 1, text: 'N;CHARSET=UTF-8;QUOTED-PRINTABLE:=C3=91o=C3=B1o;Ana;;;' })!;
    expect(propertyText(utf8, '2.1')).toEqual(['Ñoño', 'Ana', '', '', '']);
    expect(
      propertyText(parseProperty({ line: 1, text: 'PHOTO;ENCODING=BASE64:AAAA' })!, '2.1'),
    ).toBeUndefined();
  });

  it('unfolds lines and joins quoted-printable soft line breaks', async () => {
    const [card] = await fromText(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:line one=0D=0A=\r\nline two=\r\n=20end\r\n' +
        'X-LONG:abc\r\n def\r\n\tghi\r\nEND:VCARD\r\n',
    );
    expect(textOf(card!, 'NOTE')).toEqual(['line one\r\nline two end']);
    expect(textOf(card!, 'X-LONG')).toEqual(['abcdefghi']);
  });
});

describe('vCard cards', () => {
  it('reads several cards and passes over a 2.1 AGENT’s embedded card', async () => {
    const cards = await fromText(
      'BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nEND:VCARD\nTITLE:CEO\nEND:VCARD\n' +
        '\nBEGIN:VCARD\nVERSION:4.0\nFN:Second\nEND:VCARD\n',
    );
    expect(cards.map((c) => [c.number, c.line, c.version, textOf(c, 'FN')?.[0]])).toEqual([
      [1, 1, '2.1', 'Boss'],
      [2, 12, '4.0', 'Second'],
    ]);
    expect(textOf(cards[0]!, 'TITLE')).toEqual(['CEO']);
  });

  it('a card cut off at the end of the file is an error naming the card and its line', async () => {
    const error = await fromText('BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toBe(
      'test.vcf, card 2 (line 4): the card has no END:VCARD; the file may be cut off',
    );
  });

  it('a card without END before the next BEGIN is an error', async () => {
    const error = await fromText('BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n').catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      'test.vcf, card 1 (line 1): the card has no END:VCARD before the next BEGIN:VCARD on line 3',
    );
  });

  it('a file without any card is an error', async () => {
    const error = await fromText('hello\nworld\n').catch((e: unknown) => e);
    expect((error as Error).message).toBe('test.vcf, line 1: no BEGIN:VCARD: this is not a vCard file');
  });

  it('unfolds Gmail’s long escaped NOTE exactly', async () => {
    const [card] = await cardsOf(
      createReadStream(samplePath('contacts', 'vcard', 'ezvcard-John_Doe_GMAIL.vcf')),
    );
    const note = textOf(card!, 'NOTE')![0]!;
    expect(
      note.startsWith('THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND'),
    ).toBe(true);
    expect(note).toContain('INCLUDING, BUT NOT LIMITED TO, THE IMPLIED');
    expect(note.endsWith('POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue')).toBe(true);
    expect(textOf(card!, 'URL')).toEqual(['http://www.ibm.com']);
    expect(textOf(card!, 'ADR')).toEqual([
      '',
      'Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\nUnited States of America',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});
