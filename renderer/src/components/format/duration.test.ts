import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it('keeps a decimal for short imports, never showing 0.0 s', () => {
    expect(formatDuration(0)).toBe('0.1 s');
    expect(formatDuration(420)).toBe('0.4 s');
    expect(formatDuration(9_940)).toBe('9.9 s');
  });

  it('rounds to whole seconds, then minutes and hours', () => {
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(180_000)).toBe('3 min');
    expect(formatDuration(3_725_000)).toBe('1 h 2 min');
  });

  it('shows a dash for nonsense', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(-1)).toBe('—');
  });
});
