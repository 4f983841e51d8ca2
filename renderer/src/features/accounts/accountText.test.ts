import { describe, expect, it } from 'vitest';
import type { AccountRow } from '../../../../common/dto';
import { accountCoverage, contactText, coverageText, directionText } from './accountText';

describe('coverageText', () => {
  it('says how much of a follower list is imported', () => {
    expect(coverageText(1180, 3400, 'followers')).toBe('1,180 of 3,400 followers imported (35%)');
    expect(coverageText(120, 300, 'following')).toBe('120 of 300 following imported (40%)');
  });

  it('says nothing without a count or without imported follows', () => {
    expect(coverageText(10, null, 'followers')).toBeNull();
    expect(coverageText(0, 3400, 'followers')).toBeNull();
    expect(coverageText(5, 0, 'followers')).toBeNull();
  });

  it('never shows 0% for some, or more than 100% for a stale count', () => {
    expect(coverageText(3, 1_000_000, 'followers')).toBe('3 of 1,000,000 followers imported (<1%)');
    expect(coverageText(470, 463, 'followers')).toBe('470 of 463 followers imported (100%)');
  });
});

describe('accountCoverage', () => {
  it('lists followers before following, only where known', () => {
    const account = {
      followersCount: 3400,
      importedFollowers: 1180,
      followingCount: null,
      importedFollowing: 12,
    } as AccountRow;
    expect(accountCoverage(account)).toEqual([
      { full: '1,180 of 3,400 followers imported (35%)', short: '35% of followers imported' },
    ]);
  });
});

describe('contactText', () => {
  it('names the person and what they are to the user', () => {
    expect(contactText({ personName: 'Dana Lee', relationship: 'customer' })).toBe('Dana Lee · customer');
    expect(contactText({ personName: 'Me', relationship: 'me' })).toBe('Me · you');
    expect(contactText({ personName: null, relationship: null })).toBeNull();
  });
});

describe('directionText', () => {
  it('describes the order in the words of the sort', () => {
    expect(directionText('followers', true)).toBe('Most followers first');
    expect(directionText('name', false)).toBe('Names A to Z');
    expect(directionText('imported', true)).toBe('Latest imported first');
  });
});
