import { describe, expect, it } from 'vitest';
import { headerAriaSort, sortButtonLabel, sortByHeader } from './tableSort';

type Sort = 'followers' | 'name' | 'handle';
const natural: Record<Sort, boolean> = { followers: true, name: false, handle: false };

describe('sortByHeader', () => {
  it('turns the current column around', () => {
    expect(sortByHeader({ sort: 'followers', descending: true }, 'followers', natural)).toEqual({
      sort: 'followers',
      descending: false,
    });
  });

  it('starts another column the way it reads best: names A to Z, counts largest first', () => {
    expect(sortByHeader({ sort: 'followers', descending: false }, 'name', natural)).toEqual({
      sort: 'name',
      descending: false,
    });
    expect(sortByHeader({ sort: 'name', descending: false }, 'followers', natural)).toEqual({
      sort: 'followers',
      descending: true,
    });
  });
});

describe('headerAriaSort', () => {
  it('marks the header whose order is the table’s, with the direction', () => {
    expect(headerAriaSort(['followers'], { sort: 'followers', descending: true })).toBe('descending');
    expect(headerAriaSort(['name', 'handle'], { sort: 'handle', descending: false })).toBe('ascending');
  });

  it('leaves the other headers unmarked', () => {
    expect(headerAriaSort(['name', 'handle'], { sort: 'followers', descending: true })).toBeUndefined();
    expect(headerAriaSort([], { sort: 'name', descending: false })).toBeUndefined();
  });
});

describe('sortButtonLabel', () => {
  it('names the order, and its direction only while it is the table’s', () => {
    expect(sortButtonLabel('Handle', false, false)).toBe('Sort by handle');
    expect(sortButtonLabel('Followers', true, true)).toBe('Sort by followers, descending');
  });
});
