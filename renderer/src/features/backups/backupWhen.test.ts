import { describe, expect, it } from 'vitest';
import { backupWhen } from './backupWhen';

describe('a backup’s time', () => {
  it('reads as day, month, year and the minute', () => {
    expect(backupWhen('2026-12-03T19:30:05.123Z', 'UTC')).toBe('3 Dec 2026, 19:30');
  });
});
