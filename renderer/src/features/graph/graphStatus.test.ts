import { describe, expect, it } from 'vitest';
import { graphStatusText, omittedNotDrawn } from './graphStatus';

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

describe('what the budget left out', () => {
  it('does not count your people and bridges who follow the prospect as left out', () => {
    const node = (id: number, role: 'prospect' | 'me' | 'bridge' | 'follower') => ({
      id,
      network: 'x' as const,
      handle: null,
      name: null,
      bio: null,
      role,
      reach: null,
      x: 0,
      y: 0,
      paths: [],
      categories: [],
    });
    const omitted = omittedNotDrawn({
      prospect: { id: 1, network: 'x', handle: null, name: null },
      nodes: [node(1, 'prospect'), node(2, 'me'), node(3, 'bridge'), node(4, 'follower')],
      edges: [
        { source: 1, target: 2, mutual: true, paths: [0] },
        { source: 3, target: 1, mutual: false, paths: [] },
        { source: 4, target: 1, mutual: false, paths: [] },
      ],
      paths: [],
      omitted: { followers: 10, followees: 1 },
      diagnosis: null,
    });
    expect(omitted).toEqual({ followers: 8, followees: 0 });
  });
});
