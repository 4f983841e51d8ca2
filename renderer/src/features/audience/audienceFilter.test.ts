import { describe, expect, it } from 'vitest';
import {
  categoryColor,
  coverageText,
  csvFilename,
  filterFromParams,
  filterToParams,
  isFilterEmpty,
  serverFilter,
  toggleFilter,
} from './audienceFilter';

describe('filter parameters', () => {
  it('round-trips every part of the filter', () => {
    const filter = {
      role: 'CEO',
      location: 'new york, ny',
      reach: '1K–10K',
      categoryId: 3,
      mine: true,
      competitors: true,
      query: 'saas & ai',
    };
    expect(filterFromParams(filterToParams(filter))).toEqual(filter);
  });

  it('writes parts in a fixed order, so equal filters have equal keys', () => {
    expect(filterToParams({ query: 'x', role: 'CEO' })).toBe(filterToParams({ role: 'CEO', query: 'x' }));
    expect(filterToParams({ role: 'CEO', query: 'x' })).toBe('role=CEO&q=x');
  });

  it('leaves out empty parts and ignores malformed ones', () => {
    expect(filterToParams({ query: '   ', mine: false })).toBe('');
    expect(filterFromParams('category=abc&mine=yes&q=')).toEqual({});
    expect(isFilterEmpty({})).toBe(true);
    expect(isFilterEmpty({ competitors: true })).toBe(false);
  });

  it('trims the text before it goes to the server', () => {
    expect(serverFilter({ query: '  acme ', role: '' })).toEqual({ query: 'acme' });
  });
});

describe('toggleFilter', () => {
  it('sets a segment, and clears it when clicked again', () => {
    const once = toggleFilter({}, 'role', 'CEO');
    expect(once).toEqual({ role: 'CEO' });
    expect(toggleFilter(once, 'role', 'CEO')).toEqual({});
    expect(toggleFilter(once, 'role', 'Founder')).toEqual({ role: 'Founder' });
  });

  it('does not change the filter it was given', () => {
    const filter = { role: 'CEO' };
    toggleFilter(filter, 'mine', true);
    expect(filter).toEqual({ role: 'CEO' });
  });
});

describe('csvFilename', () => {
  it('names the list and its owner', () => {
    expect(csvFilename('followers', { handle: 'jack', id: 1 })).toBe('followers-of-jack.csv');
    expect(csvFilename('following', { handle: null, id: 12 })).toBe('following-of-account-12.csv');
  });

  it('adds the filter in safe characters', () => {
    expect(
      csvFilename(
        'followers',
        { handle: 'Hônest_MVP', id: 1 },
        { role: 'CEO', location: 'São Paulo, BR', categoryId: 2 },
        [{ id: 2, name: 'Media / Press', color: null, rules: [] }],
      ),
    ).toBe('followers-of-honest-mvp-ceo-sao-paulo-br-media-press.csv');
  });
});

describe('coverageText', () => {
  it('says how much of the profile’s count is imported', () => {
    expect(coverageText('followers', 1180, 3400)).toBe('1,180 of 3,400 followers imported (34%)');
    expect(coverageText('following', 10, 10)).toBe('10 of 10 followed accounts imported (100%)');
  });

  it('never claims more than everything, and copes without a count', () => {
    expect(coverageText('followers', 120, 100)).toBe('120 of 100 followers imported (100%)');
    expect(coverageText('followers', 5, null)).toBe('5 followers imported');
  });
});

describe('categoryColor', () => {
  it('uses the saved colour, else one from the palette', () => {
    expect(categoryColor({ id: 1, color: '#123456' })).toBe('#123456');
    expect(categoryColor({ id: 1, color: null })).toMatch(/^#[0-9a-f]{6}$/);
    expect(categoryColor({ id: 9, color: null })).toBe(categoryColor({ id: 1, color: null }));
  });
});
