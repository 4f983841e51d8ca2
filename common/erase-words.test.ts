import { describe, expect, it } from 'vitest';
import { eraseLines, nothingErased } from './erase-words';

const none = nothingErased();

describe('what an erase removes, in words', () => {
  it('lists the kinds that have any, singular or plural', () => {
    expect(eraseLines({ ...none, accounts: 1, follows: 1204, mentions: 2 })).toEqual([
      '1 account',
      '1,204 follows',
      '2 mentions in others’ posts and profiles, redacted',
    ]);
  });
});
