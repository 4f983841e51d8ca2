import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../errors';
import { streamAssignedArray } from './assigned-json';

function chunked(text: string, size = 1 << 16): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

const follower = (id: number) => JSON.stringify({ follower: { accountId: String(id), userLink: `u/${id}` } });

async function read(text: string, options: Parameters<typeof streamAssignedArray>[3] = {}) {
  const values: unknown[] = [];
  for await (const element of streamAssignedArray(chunked(text), 'data/follower.js', undefined, options)) {
    values.push(element.value);
  }
  return values;
}

async function failure(text: string, options: Parameters<typeof streamAssignedArray>[3] = {}) {
  const error = await read(text, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFormatError);
  return error as ImportFormatError;
}

describe('X archive data files padded or stuffed by a hostile hand', () => {
  it('reads a follower.js padded with megabytes of blanks in linear work, with the same records', async () => {
    const blanks = ' \n\t'.repeat(1024 * 1024);
    const plain = `window.YTD.follower.part0 = [${follower(1)},${follower(2)}]`;
    const padded = `window.YTD.follower.part0 = ${blanks}[${follower(1)},${blanks}${follower(2)}${blanks}]${blanks};${blanks}`;
    const meter = { charsScanned: 0 };
    expect(await read(padded, { meter })).toEqual(await read(plain));
    // Held-back blanks are looked at once, not again on every chunk.
    expect(meter.charsScanned).toBeLessThan(2 * padded.length);
  });

  it('refuses a string longer than the cap, naming the file, the record and the key', async () => {
    const long = 'x'.repeat(5000);
    const text = `window.YTD.tweets.part0 = [{"tweet":{"id_str":"1"}},{"tweet":{"full_text":"${long}"}}]`;
    const error = await failure(text, { maxStringChars: 4096 });
    expect(error.message).toContain('data/follower.js');
    expect(error.message).toContain('record 2');
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toContain('full_text');
    expect(await read(text, { maxStringChars: 8192 })).toHaveLength(2);
  });

  it('refuses a key or a number longer than the cap', async () => {
    const key = `window.YTD.tweets.part0 = [{"${'k'.repeat(5000)}":1}]`;
    expect((await failure(key, { maxStringChars: 4096 })).message).toContain('record 1');
    const number = `window.YTD.tweets.part0 = [{"n":${'1'.repeat(5000)}}]`;
    expect((await failure(number, { maxStringChars: 4096 })).message).toContain('record 1');
  });
});
