import { describe, expect, it } from 'vitest';
import { staleChoices, startsOpen, statusLabel } from './gapsText';

describe('the Get the data panel in words', () => {
  it('names each state, and opens what needs the user', () => {
    expect(statusLabel({ status: 'missing', stale: false }).text).toBe('Missing');
    expect(statusLabel({ status: 'partial', stale: true }).text).toBe('Partial, stale');
    expect(statusLabel({ status: 'ok', stale: true }).text).toBe('Stale');
    expect(statusLabel({ status: 'ok', stale: false }).text).toBe('Imported');
    const line = { kind: 'followers' as const, summary: '' };
    expect(startsOpen({ ...line, status: 'ok', stale: false })).toBe(false);
    expect(startsOpen({ ...line, status: 'partial', stale: false })).toBe(true);
    expect(
      startsOpen({
        kind: 'mail',
        summary: 'Not imported yet: this version cannot import it.',
        status: 'missing',
        stale: false,
      }),
    ).toBe(false);
  });

  it('offers the stale setting in use among its choices', () => {
    expect(staleChoices(90)).toEqual([30, 60, 90, 180, 365]);
    expect(staleChoices(45)).toEqual([30, 45, 60, 90, 180, 365]);
  });
});
