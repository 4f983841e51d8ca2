import { describe, expect, it } from 'vitest';
import { confirmed } from './eraseText';

describe('the typed confirmation of an erase', () => {
  it('asks for the handle exactly as shown', () => {
    expect(confirmed(' @ada ', '@ada')).toBe(true);
    expect(confirmed('ada', '@ada')).toBe(false);
  });
});
