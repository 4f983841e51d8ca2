import { describe, expect, it } from 'vitest';
import { formatDay } from './date';

describe('formatDay', () => {
  it('shows the calendar day of an ISO time', () => {
    expect(formatDay('2026-03-10T12:00:00Z')).toBe('Mar 10, 2026');
  });

  it('shows a dash for missing or unreadable dates', () => {
    expect(formatDay(null)).toBe('—');
    expect(formatDay('')).toBe('—');
    expect(formatDay('soon')).toBe('—');
  });
});
