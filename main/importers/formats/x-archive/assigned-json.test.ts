import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../errors';
import { parseAssignedValue, streamAssignedArray } from './assigned-json';

/** The bytes split into chunks of `size`, to cross every token boundary. */
function chunked(text: string | Buffer, size: number): Readable {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function elements(text: string | Buffer, size = 1 << 16) {
  const values: unknown[] = [];
  for await (const element of streamAssignedArray(chunked(text, size), 'data/tweets.js')) {
    values.push(element.value);
  }
  return values;
}

async function failure(text: string | Buffer, size = 1 << 16): Promise<ImportFormatError> {
  const error = await elements(text, size).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFormatError);
  return error as ImportFormatError;
}

const TWO =
  'window.YTD.tweets.part0 = [ {\n  "tweet" : { "id_str" : "1", "n" : 12345678901234567890 }\n}, {\n  "tweet" : { "id_str" : "2", "t" : "é;✓" }\n} ];\n';

describe('streaming an archive data file', () => {
  it('yields each element, byte by byte as well as whole, with big numbers as exact digits', async () => {
    const expected = [
      { tweet: { id_str: '1', n: '12345678901234567890' } },
      { tweet: { id_str: '2', t: 'é;✓' } },
    ];
    expect(await elements(TWO)).toEqual(expected);
    expect(await elements(TWO, 1)).toEqual(expected);
    expect(await elements(TWO, 7)).toEqual(expected);
  });

  it('accepts a BOM, a Grailbird name, no trailing semicolon and an empty list', async () => {
    expect(await elements('\uFEFFGrailbird.data.tweets_2010_02 = \n [ {"a":1} ]')).toEqual([{ a: '1' }]);
    expect(await elements('window.YTD.note_tweet.part0 = [ ]')).toEqual([]);
  });

  it('names the record a cut-off file stops in', async () => {
    const cut = TWO.slice(0, TWO.indexOf('"t" :'));
    const error = await failure(cut, 5);
    expect(error.message).toBe(
      'data/tweets.js, record 2: the file ends in the middle of this record: it was cut off',
    );
  });

  it('names the last whole record when only the closing bracket is missing', async () => {
    const error = await failure(TWO.slice(0, TWO.lastIndexOf(']')));
    expect(error.message).toMatch(/^data\/tweets\.js, after record 2: the file ends before the closing `\]`/);
  });

  it('refuses a file without an assignment, or with something other than a list', async () => {
    expect((await failure('[ {"tweet": {}} ]')).message).toMatch(
      /^data\/tweets\.js, start of file: does not begin/,
    );
    expect((await failure('window.YTD.tweets.part0 = {"tweet": {}}')).message).toMatch(
      /start of file: holds no list: expected `\[`/,
    );
    expect((await failure('alert(1); x = [ ]')).message).toMatch(/start of file: does not begin/);
    expect((await failure('window.YTD.tweets.part0 = ')).message).toMatch(
      /start of file: holds no list after the `=`/,
    );
  });

  it('refuses binary garbage', async () => {
    const garbage = Buffer.from(
      Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256).filter((b) => b !== 0x3d),
    );
    expect((await failure(garbage)).message).toMatch(/^data\/tweets\.js, start of file: does not begin/);
    const afterEquals = Buffer.concat([Buffer.from('window.YTD.tweet.part0 = [ {"tweet": '), garbage]);
    expect((await failure(afterEquals)).message).toMatch(/^data\/tweets\.js, record 1: is not valid JSON/);
  });

  it('places bad JSON in its exact record even inside one large chunk', async () => {
    const records = Array.from({ length: 1000 }, (_, i) =>
      i === 516 ? '{"follower": {"accountId": "1" "x"}}' : `{"follower": {"accountId": "${i}"}}`,
    );
    const text = `window.YTD.follower.part0 = [ ${records.join(', ')} ]`;
    expect((await failure(text)).message).toMatch(/^data\/tweets\.js, record 517: is not valid JSON/);
  });

  it('refuses bad JSON in a later record and content after the list', async () => {
    expect((await failure('x = [ {"a": 1}, {"a": 2}, {"a": tru} ]')).message).toMatch(
      /, record 3: is not valid JSON/,
    );
    expect((await failure('x = [ {"a": 1} ] [')).message).toMatch(/, after record 1: is not valid JSON/);
  });

  it('parses small metadata files whole, keeping ids as strings', () => {
    const value = parseAssignedValue(
      Buffer.from('window.__THAR_CONFIG = {"userInfo": {"accountId": 2043360286044766208}};'),
      'manifest.js',
    );
    expect(value).toEqual({ userInfo: { accountId: '2043360286044766208' } });
    expect(() => parseAssignedValue(Buffer.from('{"a": 1}'), 'manifest.js')).toThrow(
      /manifest\.js, start of file/,
    );
    expect(() => parseAssignedValue(Buffer.from('x = {"a": '), 'manifest.js')).toThrow(
      /manifest\.js, after the `=`/,
    );
  });
});
