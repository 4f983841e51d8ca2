import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { describe, expect, it } from 'vitest';
import { JsonValueCap, JsonValueTooLongError, MEASURED_PARSER_OPTIONS } from './json-value-cap';

function tokens(result: unknown): Token[] {
  return typeof result === 'object' && result !== null && 'values' in result
    ? (result.values as Token[])
    : [];
}

describe('JsonValueCap', () => {
  it('hands on the same tokens as a parser that does not stream values', () => {
    const text = '{"a":"x","n":12,"l":[true,null,"y\\u00e9"]} ';
    const measured = new JsonValueCap().filter(tokens(jsonParser(MEASURED_PARSER_OPTIONS)(text)));
    expect(measured).toEqual(tokens(jsonParser({ streamValues: false })(text)));
  });

  it('refuses a string fed in small pieces once it passes the cap, before it ends', () => {
    const parse = jsonParser(MEASURED_PARSER_OPTIONS);
    const cap = new JsonValueCap(1000);
    cap.filter(tokens(parse('{"content":"')));
    let fed = 0;
    const feed = () => {
      for (; fed < 100; fed += 1) cap.filter(tokens(parse('x'.repeat(100))));
    };
    expect(feed).toThrow(JsonValueTooLongError);
    expect(fed).toBeLessThanOrEqual(11);
    expect(() => feed()).toThrow(/content/);
  });
});
