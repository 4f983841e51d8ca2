import { describe, expect, it } from 'vitest';
import { parseJsonLine } from './json-line';

describe('parseJsonLine', () => {
  it('keeps every digit of a bare number above 2^53', () => {
    expect(parseJsonLine('{"id": 1600781458184212480}')).toEqual({ id: '1600781458184212480' });
    expect(parseJsonLine('[1,-1600781458184212481]')).toEqual([1, '-1600781458184212481']);
    expect(parseJsonLine('{"a":[{"b":\n 9007199254740993}]}')).toEqual({ a: [{ b: '9007199254740993' }] });
  });

  it('parses the rest as JSON.parse does', () => {
    expect(parseJsonLine('{"id": "1600781458184212480", "n": 12, "x": 1.5e300}')).toEqual({
      id: '1600781458184212480',
      n: 12,
      x: 1.5e300,
    });
    expect(parseJsonLine('{"text": "call :1234567890123456789"}')).toEqual({
      text: 'call :1234567890123456789',
    });
  });

  it('throws on what is not JSON', () => {
    expect(() => parseJsonLine('{"id": 1')).toThrow();
    expect(() => parseJsonLine('{"id": 16007814581842124801')).toThrow();
  });
});
