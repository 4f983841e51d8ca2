import type { GapItemDto } from '../../../../common/gaps-dto';

/** The badge of one kind of data: what the user should read first. */
export function statusLabel(item: Pick<GapItemDto, 'status' | 'stale'>): {
  text: string;
  tone: 'warning' | 'accent' | 'success';
} {
  if (item.status === 'missing') return { text: 'Missing', tone: 'warning' };
  if (item.status === 'partial') return { text: item.stale ? 'Partial, stale' : 'Partial', tone: 'accent' };
  return item.stale ? { text: 'Stale', tone: 'accent' } : { text: 'Imported', tone: 'success' };
}

/** Whether a kind's ways start open: what needs the user does, what is fine or cannot be imported does not. */
export function startsOpen(item: Pick<GapItemDto, 'status' | 'stale' | 'kind' | 'summary'>): boolean {
  if ((item.kind === 'mail' || item.kind === 'calendar') && /cannot import/.test(item.summary)) return false;
  return item.status !== 'ok' || item.stale;
}

/** The stale setting's choices, with the current one among them even when set elsewhere (the CLI). */
export function staleChoices(current: number): number[] {
  return [...new Set([30, 60, 90, 180, 365, current])].sort((a, b) => a - b);
}
