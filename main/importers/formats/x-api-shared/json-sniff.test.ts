import { describe, expect, it } from 'vitest';
import { sniffJson } from './json-sniff';

describe('sniffJson', () => {
  it('reads the keys of a value the head cuts off', () => {
    const sniff = sniffJson(Buffer.from('{"data":[{"id":"1","username":"a"},{"id":"2","text":"unfinish'));
    expect(sniff).toMatchObject({ firstComplete: false, moreValues: false });
    expect(sniff?.first).toEqual({ data: [{ id: '1', username: 'a' }, { id: '2' }] });
  });

  it('tells JSON Lines from one document', () => {
    expect(sniffJson(Buffer.from('{"a":1}\n{"b":2}\n'))).toMatchObject({
      firstComplete: true,
      moreValues: true,
    });
    expect(sniffJson(Buffer.from('{\n  "a": 1\n}\n'))).toMatchObject({
      firstComplete: true,
      moreValues: false,
    });
  });

  it('keeps long numbers as their digits and drops a BOM', () => {
    expect(sniffJson(Buffer.from('\uFEFF{"id": 1600781458184212480}'))?.first).toEqual({
      id: '1600781458184212480',
    });
  });

  it('prunes deep and wide values', () => {
    const first = sniffJson(Buffer.from('{"a":{"b":{"c":{"d":{"e":{"f":1}}}}},"l":[1,2,3,4,5]}'))?.first;
    expect(first).toEqual({ a: { b: { c: { d: {} } } }, l: ['1', '2', '3'] });
  });

  it('returns null for what is not JSON', () => {
    expect(sniffJson(Buffer.from('window.YTD.tweet.part0 = ['))).toBeNull();
    expect(sniffJson(Buffer.from([0x3a, 0x00, 0xff, 0x12]))).toBeNull();
    expect(sniffJson(Buffer.from('id,text\n1,hi\n'))).toBeNull();
    expect(sniffJson(Buffer.from('{]'))).toBeNull();
  });
});
