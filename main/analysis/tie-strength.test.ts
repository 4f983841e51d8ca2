import { describe, expect, it } from 'vitest';
import { hopTie, relationshipTie, TIE_FORMULA_TEXT } from './tie-strength';

const now = Date.parse('2026-06-01T00:00:00Z');
/** A hop from a (the earlier person on the path) to b (the next one). */
const hop = (
  aFollowsB: boolean,
  bFollowsA: boolean,
  interactions: Parameters<typeof hopTie>[0]['interactions'] = [],
) => hopTie({ aFollowsB, bFollowsA, interactions }, now);

describe('the tie of one hop', () => {
  it('a mutual follow beats the next person following the earlier, which beats the reverse', () => {
    const mutual = hop(true, true);
    const nextFollows = hop(false, true);
    const earlierFollows = hop(true, false);
    expect(mutual.strength).toBeGreaterThan(nextFollows.strength);
    expect(nextFollows.strength).toBeGreaterThan(earlierFollows.strength);
    expect(earlierFollows.strength).toBeGreaterThan(0);
    expect(hop(false, false)).toEqual({ strength: 0, warm: false });
  });

  it('is warm only when the next person knows the earlier one: follows them or interacted with them', () => {
    expect(hop(true, true).warm).toBe(true);
    expect(hop(false, true).warm).toBe(true);
    expect(hop(true, false).warm).toBe(false);
    expect(hop(true, false, [{ kind: 'reply', from: 'b' }]).warm).toBe(true);
    // The earlier person replying to the next one does not make the next one know them.
    expect(hop(true, false, [{ kind: 'reply', from: 'a' }]).warm).toBe(false);
    expect(hop(false, false, [{ kind: 'mention', from: 'a' }])).toMatchObject({ warm: false });
  });

  it('the next person’s interactions weigh more than the earlier person’s', () => {
    const at = '2026-05-01T00:00:00Z';
    const byNext = hop(false, true, [{ kind: 'reply', from: 'b', at }]);
    const byEarlier = hop(false, true, [{ kind: 'reply', from: 'a', at }]);
    expect(byNext.strength).toBeGreaterThan(byEarlier.strength);
    expect(byEarlier.strength).toBeGreaterThan(hop(false, true).strength);
  });

  it('interactions raise a tie, recent ones more than old ones, and it never reaches 1', () => {
    const recent = hop(false, true, [{ kind: 'reply', from: 'b', at: '2026-05-01T00:00:00Z' }]);
    const old = hop(false, true, [{ kind: 'reply', from: 'b', at: '2020-05-01T00:00:00Z' }]);
    expect(recent.strength).toBeGreaterThan(old.strength);
    expect(old.strength).toBeGreaterThan(hop(false, true).strength);
    const flood = Array.from({ length: 500 }, () => ({
      kind: 'reply' as const,
      from: 'b' as const,
      at: '2026-05-01T00:00:00Z',
    }));
    expect(hop(true, false, flood).strength).toBe(0.95);
  });

  it('the formula users read names the direction rule and the cold ranking', () => {
    expect(TIE_FORMULA_TEXT).toMatch(/cold/);
    expect(TIE_FORMULA_TEXT).toMatch(/0\.45/);
    expect(TIE_FORMULA_TEXT).toMatch(/product of its ties/);
  });

  it('a colleague is a stronger start than a customer, and the user can override it', () => {
    expect(relationshipTie('colleague', null)).toBeGreaterThan(relationshipTie('customer', null));
    expect(relationshipTie('customer', 0.99)).toBe(0.99);
  });
});
