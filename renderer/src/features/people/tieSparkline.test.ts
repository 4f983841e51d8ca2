import { describe, expect, it } from 'vitest';
import { sparklineBars, sparklineText } from './tieSparkline';

const month = (m: string, sent: number, received: number, meetings = 0) => ({
  month: m,
  sent,
  received,
  meetings,
});

describe('the tie sparkline', () => {
  it('draws one bar per month, the busiest month full height, an empty month at zero', () => {
    const bars = sparklineBars(
      [month('2026-04', 1, 1), month('2026-05', 0, 0), month('2026-06', 3, 2, 1)],
      30,
      20,
    );
    expect(bars.map((b) => b.height)).toEqual([(20 * 2) / 6, 0, 20]);
    expect(bars.map((b) => b.x)).toEqual([0, 10, 20]);
    expect(bars[2]!.y).toBe(0);
  });

  it('says in words what the bars show, for screen readers', () => {
    expect(sparklineText([month('2026-04', 1, 1), month('2026-05', 0, 0), month('2026-06', 3, 2, 1)])).toBe(
      'Messages and meetings per month, April 2026 to June 2026: 8 in all, most in June 2026 (6).',
    );
    expect(sparklineText([month('2026-05', 0, 0), month('2026-06', 0, 0)])).toBe(
      'No messages or meetings from May 2026 to June 2026.',
    );
  });
});
