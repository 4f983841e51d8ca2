import { describe, expect, it } from 'vitest';
import { continuousMonths } from './charts';
import { coverageInWords } from './extent-section';
import { clip, postUrl, splitLinks } from './format';
import { peakInWords } from './when-section';
import { mergeLocations, placesMentioned } from './where-section';
import { communicationInWords } from './why-how-section';

const emptyWeek = () => Array.from({ length: 7 }, () => Array<number>(24).fill(0));

describe('the brief in words', () => {
  it('states coverage against the profile’s own counts', () => {
    expect(coverageInWords(1180, 3400, 'followers')).toBe('1,180 of 3,400 followers imported (35%)');
    expect(coverageInWords(3, 3400, 'posts')).toBe('3 of 3,400 posts imported (<1%)');
    expect(coverageInWords(12, null, 'followees')).toMatch(/^12 followees imported; no imported profile/);
    expect(coverageInWords(12, 10, 'followers')).toMatch(/more than the 10 the profile states/);
  });

  it('names the peak hour, the weekday share and the busiest four hours', () => {
    const heatmap = emptyWeek();
    heatmap[1]![9] = 6;
    heatmap[1]![10] = 2;
    heatmap[5]![22] = 2;
    expect(peakInWords({ heatmap, peak: { weekday: 1, hour: 9, count: 6 } }, 10, 'Europe/Paris')).toBe(
      'Their busiest hour is Tuesday 9:00–10:00 (6 posts, Europe/Paris). 80% of their posts fall on weekdays; the busiest four hours of the day are 7:00–11:00 (80%).',
    );
  });

  it('tells broadcast from conversation', () => {
    const counts = { posts: 2, replies: 8, reposts: 0, quotes: 0, likes: 0 };
    expect(communicationInWords({ counts, mentions: [] })[0]).toMatch(
      /^Mostly conversation: 80% of what they write are replies/,
    );
    expect(communicationInWords({ counts: { ...counts, posts: 40, replies: 1 }, mentions: [] })[0]).toMatch(
      /^Mostly broadcast/,
    );
    expect(communicationInWords({ counts: { ...counts, posts: 0, replies: 0 }, mentions: [] })).toEqual([
      'No posts of theirs are imported, so how they communicate cannot be told yet.',
    ]);
  });

  it('merges location spellings and finds the places posts name', () => {
    expect(
      mergeLocations([
        { location: 'London, UK', count: 5 },
        { location: 'london, uk.', count: 2 },
        { location: '🌍', count: 9 },
        { location: 'Paris', count: 3 },
      ]),
    ).toEqual([
      { place: 'London, UK', count: 7 },
      { place: 'Paris', count: 3 },
    ]);
    expect(
      placesMentioned(['Paris', 'Lyon', 'Nice'], ['Back in Paris', 'Paris again', '#Lyon', 'Nicely done']),
    ).toEqual([{ place: 'Paris', count: 2 }]);
  });

  it('fills months without activity and keeps links clickable', () => {
    expect(
      continuousMonths([
        { month: '2025-11', posts: 1, likes: 0 },
        { month: '2026-02', posts: 2, likes: 1 },
      ]).map((m) => m.month),
    ).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(splitLinks('see “https://a.example/x”.')).toEqual([
      { text: 'see “', link: null },
      { text: 'https://a.example/x', link: 'https://a.example/x' },
      { text: '”.', link: null },
    ]);
    expect(postUrl({ network: 'x', externalId: '123', handle: 'acme' })).toBe(
      'https://x.com/acme/status/123',
    );
    expect(clip('one two three four five', 15)).toBe('one two three…');
  });
});
