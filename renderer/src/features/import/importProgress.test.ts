import { describe, expect, it } from 'vitest';
import {
  addSample,
  formatRate,
  progressPercent,
  progressUnit,
  rateOf,
  timeLeftText,
  type ProgressSample,
} from './importProgress';

describe('rateOf', () => {
  it('waits for enough history before naming a rate', () => {
    expect(rateOf([])).toBeNull();
    expect(rateOf([{ at: 0, done: 0 }])).toBeNull();
    expect(
      rateOf([
        { at: 0, done: 0 },
        { at: 100, done: 500 },
      ]),
    ).toBeNull();
  });

  it('measures over the recent window, not since the start', () => {
    const samples: ProgressSample[] = [
      { at: 0, done: 0 },
      { at: 10_000, done: 1_000 },
      { at: 11_000, done: 3_000 },
      { at: 12_000, done: 5_000 },
    ];
    expect(rateOf(samples, 3000)).toBe(2000);
  });

  it('uses the sample before the window when the window holds only the latest', () => {
    const samples: ProgressSample[] = [
      { at: 0, done: 0 },
      { at: 10_000, done: 20_000 },
    ];
    expect(rateOf(samples, 3000)).toBe(2000);
  });
});

describe('addSample', () => {
  it('keeps a bounded history', () => {
    let samples: ProgressSample[] = [];
    for (let i = 0; i < 200; i += 1) samples = addSample(samples, { at: i, done: i });
    expect(samples.length).toBeLessThan(100);
    expect(samples.at(-1)).toEqual({ at: 199, done: 199 });
  });
});

describe('progress wording', () => {
  it('counts bytes when the size is known and records otherwise', () => {
    expect(progressUnit({ phase: '', done: 10, total: 100 })).toBe('bytes');
    expect(progressUnit({ phase: '', done: 10, total: null })).toBe('records');
  });

  it('formats rates with units and separators', () => {
    expect(formatRate(3.2 * 1024 * 1024, 'bytes')).toBe('3.2 MB/s');
    expect(formatRate(12_345.4, 'records')).toBe('12,345 records/s');
    expect(formatRate(1, 'records')).toBe('1 record/s');
  });

  it('gives a percentage only for a known total, clamped to 0–100', () => {
    expect(progressPercent(25, 100)).toBe(25);
    expect(progressPercent(250, 100)).toBe(100);
    expect(progressPercent(25, null)).toBeNull();
    expect(progressPercent(25, 0)).toBeNull();
  });
});

describe('timeLeftText', () => {
  it('estimates from the rate, rounded the way people say it', () => {
    expect(timeLeftText(0, 100, 50)).toBe('a few seconds left');
    expect(timeLeftText(0, 4_100, 100)).toBe('about 50 s left');
    expect(timeLeftText(0, 150 * 1024 ** 2, 1024 ** 2)).toBe('about 3 min left');
    expect(timeLeftText(0, 3 * 3600 * 1000 + 60_000 * 30, 1000)).toBe('about 3 h 30 min left');
  });

  it('says nothing without a total or a rate, or when done', () => {
    expect(timeLeftText(0, null, 10)).toBeNull();
    expect(timeLeftText(0, 100, null)).toBeNull();
    expect(timeLeftText(0, 100, 0)).toBeNull();
    expect(timeLeftText(100, 100, 10)).toBeNull();
  });
});
