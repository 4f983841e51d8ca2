import { describe, expect, it } from 'vitest';
import { exactTime, relativeTime } from './relativeTime';

const now = new Date('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const minutes = 60_000;
const hours = 60 * minutes;
const days = 24 * hours;

describe('relativeTime', () => {
  it('says "just now" for the last minute and for clocks slightly ahead', () => {
    expect(relativeTime(ago(10_000), now)).toBe('just now');
    expect(relativeTime(ago(-5_000), now)).toBe('just now');
  });

  it('counts minutes, hours and days', () => {
    expect(relativeTime(ago(1 * minutes), now)).toBe('1 minute ago');
    expect(relativeTime(ago(5 * minutes + 30_000), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(2 * hours + 10 * minutes), now)).toBe('2 hours ago');
    expect(relativeTime(ago(1 * days + hours), now)).toBe('yesterday');
    expect(relativeTime(ago(3 * days), now)).toBe('3 days ago');
  });

  it('rounds older dates to weeks and months', () => {
    expect(relativeTime(ago(8 * days), now)).toBe('last week');
    expect(relativeTime(ago(15 * days), now)).toBe('2 weeks ago');
    expect(relativeTime(ago(65 * days), now)).toBe('2 months ago');
  });

  it('gives a calendar date after a year', () => {
    expect(relativeTime('2024-01-15T10:00:00Z', now)).toBe('Jan 15, 2024');
  });

  it('accepts ISO strings and survives garbage', () => {
    expect(relativeTime('2026-03-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('not a date', now)).toBe('unknown');
    expect(exactTime('not a date')).toBe('unknown');
  });
});
