import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './lines';
import { idString, parseJsonLossless } from './lossless-json';

async function lines(...chunks: (string | Buffer)[]) {
  const out = [];
  for await (const line of readLines(
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))),
  ))
    out.push(line);
  return out;
}

describe('readLines', () => {
  it('strips a BOM, accepts CRLF and numbers lines across chunk borders', async () => {
    const result = await lines('\ufeffone\r\ntw', 'o\nthree\n');
    expect(result.map((l) => [l.number, l.text, l.unterminated])).toEqual([
      [1, 'one', false],
      [2, 'two', false],
      [3, 'three', false],
    ]);
  });

  it('flags a last line without a newline as possibly cut off', async () => {
    const result = await lines('{"a":1}\n{"a":');
    expect(result.at(-1)).toEqual({ number: 2, text: '{"a":', unterminated: true });
  });

  it('decodes invalid UTF-8 as replacement characters, and a character split across chunks intact', async () => {
    const euro = Buffer.from('€');
    const result = await lines(
      Buffer.from([0x61, 0xef, 0xbf, 0x2c, 0x0a]),
      euro.subarray(0, 1),
      euro.subarray(1),
      '\n',
    );
    expect(result[0]!.text).toBe('a\ufffd,');
    expect(result[1]!.text).toBe('€');
  });
});

describe('readLines limits', () => {
  it('stops on a line longer than the limit instead of buffering a whole binary file', async () => {
    const stream = Readable.from([Buffer.from('ok\n'), Buffer.alloc(40, 0x41), Buffer.alloc(40, 0x41)]);
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const line of readLines(stream, undefined, 64)) seen.push(line.text);
      })(),
    ).rejects.toThrow('line 2 is longer than');
    expect(seen).toEqual(['ok']);
  });
});

describe('parseJsonLossless', () => {
  it('keeps ids above 2^53 digit for digit', () => {
    const value = parseJsonLossless('{"id": 1600798230893686784, "n": 3, "f": 1.5}') as Record<
      string,
      unknown
    >;
    expect(value).toEqual({ id: '1600798230893686784', n: 3, f: 1.5 });
    expect(idString(value.id)).toBe('1600798230893686784');
    expect(idString(42)).toBe('42');
    expect(idString(undefined)).toBeUndefined();
  });
});

describe('readLines on hostile input', () => {
  const megabytes = (n: number, byte = 0x61) => {
    const chunk = Buffer.alloc(64 * 1024, byte);
    return Array.from({ length: (n * 1024 * 1024) / chunk.length }, () => chunk);
  };

  it('reads a line spanning hundreds of chunks in linear work (no rescans of the held text)', async () => {
    const meter = { charsScanned: 0 };
    const chunks = [...megabytes(8), Buffer.from('\nnext\n')];
    const out = [];
    for await (const line of readLines(Readable.from(chunks), undefined, undefined, meter)) out.push(line);
    expect(out.map((l) => l.text.length)).toEqual([8 * 1024 * 1024, 4]);
    // Each character is looked at a small, fixed number of times, however many chunks it spans.
    expect(meter.charsScanned).toBeLessThan(3 * 8 * 1024 * 1024);
  });
});
