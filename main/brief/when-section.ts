import type { AccountBrief } from '../../common/dto';
import type { FocusAnalysis } from '../analysis/focus';
import { drawHeatmap, drawMonthBars, WEEKDAYS } from './charts';
import type { BriefContext } from './context';
import { accountName, count, counted, day, percent } from './format';
import { colors, sizes, type BriefWriter } from './layout';

const SAMPLE = 12;

/** When: activity by month, the weekday × hour heatmap and changes in whom they follow. */
export function writeWhen(w: BriefWriter, ctx: BriefContext): void {
  const focus = ctx.focus();
  const timed = focus.heatmap.flat().reduce((sum, n) => sum + n, 0);
  if (!focus.byMonth.length) {
    w.paragraph(
      `No dated posts or likes by ${accountName(ctx.prospect)} are imported, so their activity cannot be timed yet.`,
    );
  } else {
    w.subheading('Activity by month', { keepWith: 120 });
    drawMonthBars(w, focus.byMonth);
  }
  if (timed > 0) {
    w.subheading('Time of week', { keepWith: 150 });
    w.paragraph(peakInWords(focus, timed, ctx.timeZone));
    drawHeatmap(w, focus.heatmap, ctx.timeZone);
  }
  writeFollowingChanges(w, ctx);
}

const hourRange = (from: number, to: number) => `${from}:00–${to % 24}:00`;

/** The busiest slot, the weekday share and the busiest four hours, in one paragraph. */
export function peakInWords(
  focus: Pick<FocusAnalysis, 'heatmap' | 'peak'>,
  total: number,
  timeZone: string,
): string {
  const sentences: string[] = [];
  if (focus.peak) {
    sentences.push(
      `Their busiest hour is ${WEEKDAYS[focus.peak.weekday]} ${hourRange(focus.peak.hour, focus.peak.hour + 1)} (${counted(focus.peak.count, 'post')}, ${timeZone}).`,
    );
  }
  const weekdays = focus.heatmap
    .slice(0, 5)
    .flat()
    .reduce((sum, n) => sum + n, 0);
  const byHour = Array.from({ length: 24 }, (_, hour) =>
    focus.heatmap.reduce((sum, day) => sum + (day[hour] ?? 0), 0),
  );
  let best = { start: 0, posts: -1 };
  for (let start = 0; start < 24; start += 1) {
    const posts = [0, 1, 2, 3].reduce((sum, k) => sum + byHour[(start + k) % 24]!, 0);
    if (posts > best.posts) best = { start, posts };
  }
  if (total >= 5) {
    sentences.push(
      `${percent(weekdays, total)} of their posts fall on weekdays; the busiest four hours of the day are ${hourRange(best.start, best.start + 4)} (${percent(best.posts, total)}).`,
    );
  } else {
    sentences.push(`Only ${counted(total, 'post')} with a time: too few to read a habit from.`);
  }
  return sentences.join(' ');
}

function writeFollowingChanges(w: BriefWriter, ctx: BriefContext): void {
  w.subheading('Changes in whom they follow', { keepWith: 40 });
  const repo = ctx.workspace.changes;
  const snapshots = repo.snapshots(ctx.prospect.id, 'following', 2);
  if (snapshots.length === 0) {
    w.paragraph('No import of their following list, so changes in whom they follow cannot be seen.');
    return;
  }
  const change = repo.changes(ctx.prospect.id, 'following', SAMPLE);
  if (!change) {
    const only = snapshots[0]!;
    w.paragraph(
      `Only one import of this list (${only.fileName}, ${day(only.capturedAt ?? only.importedAt)}, ${counted(only.accounts, 'account')}): no changes to compare. Import their following list again later to see whom they start or stop following.`,
    );
    return;
  }
  const { from: older, to: newer } = change;
  w.paragraph(
    `Between ${older.fileName} (${day(older.capturedAt ?? older.importedAt)}) and ${newer.fileName} (${day(newer.capturedAt ?? newer.importedAt)}) they started following ${counted(change.addedCount, 'account')} and stopped following ${count(change.removedCount)}.`,
  );
  listChange(w, 'Newly followed', { count: change.addedCount, accounts: change.added });
  listChange(w, 'No longer followed', { count: change.removedCount, accounts: change.removed });
}

function listChange(
  w: BriefWriter,
  title: string,
  change: { count: number; accounts: AccountBrief[] },
): void {
  if (!change.count) return;
  const names = change.accounts.map((a) => w.redactor.accountLabel(a.id) ?? accountName(a));
  const more = change.count - names.length;
  w.runs([
    { text: `${title}: `, color: colors.muted, size: sizes.small },
    { text: names.join(', ') + (more > 0 ? ` and ${count(more)} more` : '') },
  ]);
}
