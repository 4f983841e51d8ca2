import { describe, expect, it } from 'vitest';
import {
  accountLabel,
  focusState,
  heatLevel,
  heatmapMax,
  monthLabel,
  monthSeries,
  peakText,
  timeZoneChoices,
  timeZoneLabel,
} from './focusText';

describe('heatmap scaling', () => {
  it('finds the busiest cell', () => {
    expect(
      heatmapMax([
        [0, 3],
        [7, 1],
      ]),
    ).toBe(7);
    expect(heatmapMax([[0, 0]])).toBe(0);
  });

  it('gives no colour to an empty hour and the full colour to the busiest', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(10, 10)).toBe(5);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('shows a single post among busy hours, not nothing', () => {
    expect(heatLevel(1, 400)).toBe(1);
  });

  it('scales by the square root so mid hours stay visible', () => {
    expect(heatLevel(25, 100)).toBe(3);
  });
});

describe('peakText', () => {
  it('names the weekday and hour in the chosen zone', () => {
    expect(peakText({ weekday: 0, hour: 9, count: 12 }, 'Europe/Paris')).toBe(
      'Most active Mondays around 9:00 (Paris)',
    );
    expect(peakText({ weekday: 6, hour: 21, count: 1 }, 'UTC')).toBe(
      'Most active Sundays around 21:00 (UTC)',
    );
  });

  it('says so when nothing is dated', () => {
    expect(peakText(null, 'UTC')).toMatch(/No dated posts/);
  });
});

describe('timeZoneLabel', () => {
  it('uses the city, with spaces', () => {
    expect(timeZoneLabel('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(timeZoneLabel('UTC')).toBe('UTC');
  });
});

describe('monthSeries', () => {
  it('fills quiet months with zeros, across a year end', () => {
    expect(
      monthSeries([
        { month: '2023-11', posts: 2, likes: 0 },
        { month: '2024-02', posts: 1, likes: 4 },
      ]).map((m) => `${m.month}:${m.posts}/${m.likes}`),
    ).toEqual(['2023-11:2/0', '2023-12:0/0', '2024-01:0/0', '2024-02:1/4']);
  });

  it('keeps the latest months only', () => {
    const series = monthSeries(
      [
        { month: '2020-01', posts: 1, likes: 0 },
        { month: '2024-12', posts: 1, likes: 0 },
      ],
      12,
    );
    expect(series).toHaveLength(12);
    expect(series[0]!.month).toBe('2024-01');
  });

  it('is empty without months', () => {
    expect(monthSeries([])).toEqual([]);
  });

  it('labels a month', () => {
    expect(monthLabel('2024-03')).toBe('Mar 2024');
  });
});

describe('focusState', () => {
  const none = { posts: 0, replies: 0, reposts: 0, quotes: 0, likes: 0 };
  it('tells empty, likes only, sparse and full apart', () => {
    expect(focusState(none)).toBe('empty');
    expect(focusState({ ...none, likes: 5 })).toBe('likes-only');
    expect(focusState({ ...none, posts: 3 })).toBe('sparse');
    expect(focusState({ ...none, posts: 300 })).toBe('full');
  });
});

describe('accountLabel', () => {
  it('prefers the handle', () => {
    expect(accountLabel({ handle: 'jack', name: 'Jack' })).toBe('@jack');
    expect(accountLabel({ handle: null, name: 'Jack' })).toBe('Jack');
    expect(accountLabel(null)).toBe('this account');
  });
});

describe('timeZoneChoices', () => {
  it('puts UTC first and always includes the current zone', () => {
    expect(timeZoneChoices('Etc/Custom', ['Europe/Paris', 'America/New_York'])).toEqual([
      'UTC',
      'America/New_York',
      'Etc/Custom',
      'Europe/Paris',
    ]);
  });
});
