import { describe, expect, it } from 'vitest';
import { graphStatusText } from './graphStatus';

describe('graph status line', () => {
  it('says what is drawn and what the budget left out', () => {
    expect(
      graphStatusText({
        drawn: 300,
        visible: 300,
        omitted: { followers: 6876, followees: 1 },
        text: '',
        matches: 0,
      }),
    ).toBe('300 accounts drawn · 6,876 followers and 1 followee left out');
  });

  it('counts what the filters keep and what matches the text', () => {
    expect(
      graphStatusText({
        drawn: 2,
        visible: 1,
        omitted: { followers: 0, followees: 0 },
        text: ' dana ',
        matches: 1,
      }),
    ).toBe('1 of 2 accounts shown · 1 match for “dana”');
    expect(
      graphStatusText({
        drawn: 1,
        visible: 1,
        omitted: { followers: 0, followees: 0 },
        text: 'x',
        matches: 3,
      }),
    ).toBe('1 account drawn · 3 matches for “x”');
  });
});
