import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';
import { snowflakeTime } from './snowflake';

describe('parseDate', () => {
  it.each([
    ['Tue Jan 25 16:41:04 +0000 2022', '2022-01-25T16:41:04.000Z'],
    ['Tue Jan 25 16:41:04 -0500 2022', '2022-01-25T21:41:04.000Z'],
    ['2009-05-08 00:00:00 +0000', '2009-05-08T00:00:00.000Z'],
    ['2022-12-08T09:16:55+00:00', '2022-12-08T09:16:55.000Z'],
    ['2023-03-01T10:00:00.123-07:00', '2023-03-01T17:00:00.123Z'],
    ['2024-05-30T12:00:00Z', '2024-05-30T12:00:00.000Z'],
    ['30 May 2024', '2024-05-30T00:00:00.000Z'],
    ['5-Jan-26', '2026-01-05T00:00:00.000Z'],
    ['2024-05-30', '2024-05-30T00:00:00.000Z'],
  ])('reads %s as UTC', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each([['yesterday'], [''], ['Foo Bar 25 16:41:04 +0000 2022'], ['31 Smarch 2024']])(
    'leaves %j unknown instead of guessing',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );

  it('leaves non-strings unknown', () => {
    expect(parseDate(1643128864)).toBeUndefined();
  });
});

describe('snowflakeTime', () => {
  it('decodes the time an X post id carries', () => {
    // Tweet 1221130902635458567 in the denchi-2020 sample archive has created_at "Sat Jan 25 18:01:09 +0000 2020".
    expect(snowflakeTime('1221130902635458567')).toBe('2020-01-25T18:01:09.360Z');
  });

  it('has no time for ids from before snowflakes', () => {
    expect(snowflakeTime('20')).toBeUndefined();
    expect(snowflakeTime('not-an-id')).toBeUndefined();
  });
});
