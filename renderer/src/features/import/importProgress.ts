import type { Progress } from '../../../../common/dto';
import { formatBytes } from '../../components/format/bytes';
import { formatCount } from '../../components/format/count';

export interface ProgressSample {
  /** Milliseconds, from performance.now(). */
  at: number;
  done: number;
}

/** How much history the rate looks at: long enough to be steady, short enough to follow changes. */
const rateWindowMs = 3000;
const keptSamples = 64;

export function addSample(samples: readonly ProgressSample[], sample: ProgressSample): ProgressSample[] {
  const next = [...samples, sample];
  return next.length > keptSamples ? next.slice(next.length - keptSamples) : next;
}

/** Units per second over the last few seconds; null until there is enough history to say. */
export function rateOf(samples: readonly ProgressSample[], windowMs = rateWindowMs): number | null {
  const last = samples.at(-1);
  if (!last) return null;
  const inWindow = samples.findIndex((sample) => last.at - sample.at <= windowMs);
  // With a single sample in the window, measure from the one just before it.
  const firstIndex = samples[inWindow] === last ? inWindow - 1 : inWindow;
  const first = samples[firstIndex];
  if (!first || last.at - first.at < 250) return null;
  const rate = ((last.done - first.done) * 1000) / (last.at - first.at);
  return rate >= 0 ? rate : null;
}

/** Progress counts bytes when the total size is known, records otherwise (see main/api/import.ts). */
export function progressUnit(progress: Progress): 'bytes' | 'records' {
  return progress.total !== null ? 'bytes' : 'records';
}

export function formatRate(perSecond: number, unit: 'bytes' | 'records'): string {
  if (unit === 'bytes') return `${formatBytes(perSecond)}/s`;
  const rounded = Math.round(perSecond);
  return `${formatCount(rounded)} ${rounded === 1 ? 'record' : 'records'}/s`;
}

/** 0–100 when the total is known; null for an indeterminate bar. */
export function progressPercent(done: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(100, Math.max(0, (done / total) * 100));
}

/** "about 2 min left", from the current rate; null while it cannot be said with a straight face. */
export function timeLeftText(done: number, total: number | null, rate: number | null): string | null {
  if (total === null || rate === null || rate <= 0 || done >= total) return null;
  const seconds = (total - done) / rate;
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 60) return `about ${Math.ceil(seconds / 10) * 10} s left`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`;
  const hours = Math.floor(seconds / 3600);
  return `about ${hours} h ${Math.round((seconds % 3600) / 60)} min left`;
}
