import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../errors';
import { readCsvRows, sniffCsvRows } from './csv-rows';

async function rows(text: string | Buffer) {
  const out = [];
  for await (const row of readCsvRows(Readable.from([Buffer.from(text)]), 'test.csv')) out.push(row);
  return out;
}

describe('readCsvRows', () => {
  it('numbers each row by the line it starts on, across quoted line breaks and blank lines', async () => {
    expect(await rows('a,b\r\n"multi\r\nline",2\r\n\r\nc,d')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['multi\nline', '2'] },
      { line: 5, fields: ['c', 'd'], unterminated: true },
    ]);
  });

  it('marks only a last row the file ends in without a newline as unterminated', async () => {
    expect((await rows('a,b\nc,d\n')).map((r) => r.unterminated)).toEqual([undefined, undefined]);
    expect((await rows('a,b\nc,d\n  \n')).map((r) => r.unterminated)).toEqual([undefined, undefined]);
    expect((await rows('a,b\nc,"d\ne"')).map((r) => r.unterminated)).toEqual([undefined, true]);
  });

  it('keeps quotes inside unquoted fields as text, as Python’s csv does', async () => {
    expect((await rows('a,b\nAnn "Coach" Lee,2\n'))[1]!.fields).toEqual(['Ann "Coach" Lee', '2']);
  });

  it('decodes invalid UTF-8 as replacement characters and strips a BOM', async () => {
    const bytes = Buffer.concat([
      Buffer.from('\uFEFFname\nOna Bil'),
      Buffer.from([0xef, 0xbf]),
      Buffer.from(',x\n'),
    ]);
    const read = await rows(bytes);
    expect(read[0]!.fields).toEqual(['name']);
    expect(read[1]!.fields[0]).toBe('Ona Bil\uFFFD');
  });

  it('rejects a quoted field left open at the end of the file, naming its line', async () => {
    const error = await rows('a,b\nc,d\n"cut off,2\ne,f\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toBe(
      'test.csv, line 3: a quoted field opened on this line is never closed; the file may be cut off',
    );
  });

  it('rejects a megabyte-long row as not CSV', async () => {
    const error = await rows(`a,b\n${'x'.repeat(1_100_000)}\n`).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^test\.csv, line 2: a row longer than 1000000 characters/);
  });
});

describe('sniffCsvRows', () => {
  it('drops the cut-off last line of a partial head and refuses binary', async () => {
    const head = Buffer.from('a,b\nc,d\ne,');
    expect((await sniffCsvRows(head, false)).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(await sniffCsvRows(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), true)).toEqual([]);
  });
});
