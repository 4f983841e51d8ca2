import { describe, expect, it } from 'vitest';
import { repairLoneSurrogates, wellFormed } from './well-formed';

describe('lone surrogates', () => {
  it('become U+FFFD; whole surrogate pairs (emoji) are kept', () => {
    expect(wellFormed('a\ud83db')).toBe('a\ufffdb');
    expect(wellFormed('a\udc00')).toBe('a\ufffd');
    expect(wellFormed('soup 🍲')).toBe('soup 🍲');
  });

  it('are repaired in every string of a record, nested keys and lists included, and counted', () => {
    const record = {
      type: 'post',
      id: '1',
      text: 'x\ud83d',
      author: { network: 'x', handle: 'h\udc00' },
      tags: ['fine', 'bad\ud83d'],
      mentions: [{ network: 'x', id: '\ud83d' }],
      likeCount: 3,
      lang: undefined,
    };
    expect(repairLoneSurrogates(record)).toBe(4);
    expect(record).toEqual({
      type: 'post',
      id: '1',
      text: 'x\ufffd',
      author: { network: 'x', handle: 'h\ufffd' },
      tags: ['fine', 'bad\ufffd'],
      mentions: [{ network: 'x', id: '\ufffd' }],
      likeCount: 3,
      lang: undefined,
    });
    expect(repairLoneSurrogates(record)).toBe(0);
  });
});
