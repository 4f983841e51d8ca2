import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../common/errors';
import { isSyntaxError, kindLabel, newMatchesLabel, resultsSummary, suggestedName } from './searchText';

describe('resultsSummary', () => {
  it('counts posts and people with separators', () => {
    expect(resultsSummary(1204, 'posts', 12.4)).toBe('1,204 posts · 12 ms');
    expect(resultsSummary(1, 'accounts')).toBe('1 person');
    expect(resultsSummary(0, 'accounts')).toBe('0 people');
  });
});

describe('kindLabel', () => {
  it('names post kinds', () => {
    expect(kindLabel('repost')).toBe('Repost');
    expect(kindLabel(null)).toBeNull();
  });
});

describe('isSyntaxError', () => {
  it('tells the user’s typing apart from other failures', () => {
    expect(isSyntaxError(new AppError('SEARCH_SYNTAX', 'A quotation mark is not closed.'))).toBe(true);
    expect(isSyntaxError(new AppError('NO_WORKSPACE', 'x'))).toBe(false);
    expect(isSyntaxError(new Error('x'))).toBe(false);
  });
});

describe('suggestedName', () => {
  it('keeps short queries and cuts long ones at a word', () => {
    expect(suggestedName('  "looking for"  crm ')).toBe('"looking for" crm');
    expect(suggestedName('can anyone recommend a good onboarding tool for small teams', 30)).toBe(
      'can anyone recommend a good…',
    );
  });
});

describe('newMatchesLabel', () => {
  it('shows nothing when there is nothing new, and caps large counts', () => {
    expect(newMatchesLabel(0)).toBeNull();
    expect(newMatchesLabel(3)).toBe('3 new');
    expect(newMatchesLabel(12000)).toBe('999+ new');
  });
});

describe('resultsSummary for very common words', () => {
  it('says the ranking looked at the newest matches only', () => {
    expect(resultsSummary(10_000, 'posts', 25, 5_000, true)).toBe(
      '10,000+ posts · best of the newest 5,000 · 25 ms',
    );
    expect(resultsSummary(149_003, 'posts', 90, 5_000)).toBe(
      '149,003 posts · best of the newest 5,000 · 90 ms',
    );
  });
});

describe('resultsSummary for notes', () => {
  it('counts notes as notes', () => {
    expect(resultsSummary(1, 'notes')).toBe('1 note');
    expect(resultsSummary(3, 'notes', 2)).toBe('3 notes · 2 ms');
  });
});
