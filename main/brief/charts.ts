import { fonts } from './fonts';
import { count, monthName } from './format';
import { colors, sizes, type BriefWriter } from './layout';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MAX_MONTHS = 36;
const POSTS_COLOR = colors.accent;
const LIKES_COLOR = '#93c5fd';

/** Every month from the first to the last, with zero where nothing happened. */
export function continuousMonths(byMonth: { month: string; posts: number; likes: number }[]) {
  if (!byMonth.length) return [];
  const known = new Map(byMonth.map((m) => [m.month, m]));
  const [firstYear, firstMonth] = byMonth[0]!.month.split('-').map(Number) as [number, number];
  const last = byMonth.at(-1)!.month;
  const months: { month: string; posts: number; likes: number }[] = [];
  for (let year = firstYear, month = firstMonth; months.length < 1200; month += 1) {
    if (month > 12) [year, month] = [year + 1, 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(known.get(key) ?? { month: key, posts: 0, likes: 0 });
    if (key >= last) break;
  }
  return months;
}

/** Posts and likes per month as stacked bars, the latest three years at most. */
export function drawMonthBars(
  w: BriefWriter,
  byMonth: { month: string; posts: number; likes: number }[],
): void {
  const all = continuousMonths(byMonth);
  const months = all.slice(-MAX_MONTHS);
  const { doc } = w;
  const height = 90;
  w.ensureSpace(height + 40);
  const top = doc.y + 4;
  const axis = 26;
  const left = w.left + axis;
  const width = w.width - axis;
  // A few months get bars of a sensible width, not the whole page.
  const slot = Math.min(width / months.length, 26);
  const max = Math.max(1, ...months.map((m) => m.posts + m.likes));

  doc.lineWidth(0.5).strokeColor(colors.rule);
  const chartWidth = slot * months.length;
  doc
    .moveTo(left, top + height)
    .lineTo(left + chartWidth, top + height)
    .stroke();
  doc.font(fonts.regular).fontSize(6.5).fillColor(colors.muted);
  doc.text(count(max), w.left, top - 3, { width: axis - 4, align: 'right', lineBreak: false });
  doc.text('0', w.left, top + height - 5, { width: axis - 4, align: 'right', lineBreak: false });
  doc
    .moveTo(left, top)
    .lineTo(left + chartWidth, top)
    .dash(1.5, { space: 2 })
    .stroke()
    .undash();

  const labelEvery = Math.max(Math.ceil(months.length / 12), Math.ceil(36 / slot));
  months.forEach((m, index) => {
    const x = left + index * slot + slot * 0.15;
    const barWidth = Math.max(slot * 0.7, 0.8);
    const postsHeight = (m.posts / max) * height;
    const likesHeight = (m.likes / max) * height;
    if (postsHeight > 0) doc.rect(x, top + height - postsHeight, barWidth, postsHeight).fill(POSTS_COLOR);
    if (likesHeight > 0)
      doc.rect(x, top + height - postsHeight - likesHeight, barWidth, likesHeight).fill(LIKES_COLOR);
    if (index % labelEvery === 0) {
      doc.font(fonts.regular).fontSize(6).fillColor(colors.muted);
      doc.text(monthName(m.month), x - slot, top + height + 3, {
        width: slot * 3,
        align: 'center',
        lineBreak: false,
      });
    }
  });
  doc.y = top + height + 14;
  legend(w, [
    ['Posts, replies and reposts', POSTS_COLOR],
    ['Likes', LIKES_COLOR],
  ]);
  if (all.length > months.length) w.note(`The last ${MAX_MONTHS} of ${all.length} months with data.`);
}

/** Weekday × hour as a grid of shaded cells: darker means more posts. */
export function drawHeatmap(w: BriefWriter, heatmap: number[][], timeZone: string): void {
  const { doc } = w;
  const axis = 52;
  const cell = (w.width - axis) / 24;
  const rowHeight = Math.min(cell, 15);
  const height = rowHeight * 7 + 16;
  w.ensureSpace(height + 30);
  const top = doc.y + 2;
  const max = Math.max(1, ...heatmap.flat());
  doc.font(fonts.regular).fontSize(6.5).fillColor(colors.muted);
  for (let hour = 0; hour < 24; hour += 3) {
    doc.text(`${hour}:00`, w.left + axis + hour * cell, top, { width: cell * 3, lineBreak: false });
  }
  const gridTop = top + 10;
  heatmap.forEach((hours, weekday) => {
    const y = gridTop + weekday * rowHeight;
    doc.font(fonts.regular).fontSize(7).fillColor(colors.ink);
    doc.text(WEEKDAYS[weekday]!, w.left, y + rowHeight / 2 - 4, { width: axis - 6, lineBreak: false });
    hours.forEach((value, hour) => {
      doc
        .rect(w.left + axis + hour * cell + 0.5, y + 0.5, cell - 1, rowHeight - 1)
        .fill(value === 0 ? '#eef2f6' : shade(Math.sqrt(value / max)));
    });
  });
  // Outline the busiest slot so it stands out among cells of nearly the same shade.
  const peakDay = heatmap.findIndex((hours) => hours.includes(max));
  if (peakDay >= 0 && max > 0) {
    const hour = heatmap[peakDay]!.indexOf(max);
    doc
      .rect(w.left + axis + hour * cell + 0.5, gridTop + peakDay * rowHeight + 0.5, cell - 1, rowHeight - 1)
      .lineWidth(1.2)
      .stroke(colors.ink);
  }
  doc.y = gridTop + 7 * rowHeight + 5;
  doc.x = w.left;
  legend(w, [
    ['No posts', '#eef2f6'],
    [`Most: ${count(max)} in one hour (outlined)`, shade(1)],
  ]);
  w.note(`Times in ${timeZone}.`);
}

/** From pale blue to the accent blue. */
function shade(t: number): string {
  const from = [219, 234, 254];
  const to = [29, 78, 216];
  const mix = from.map((f, i) => Math.round(f + (to[i]! - f) * Math.min(Math.max(t, 0), 1)));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function legend(w: BriefWriter, items: [string, string][]): void {
  const { doc } = w;
  let x = w.left;
  const y = doc.y;
  doc.font(fonts.regular).fontSize(sizes.small);
  for (const [label, color] of items) {
    doc.rect(x, y + 1.5, 8, 8).fill(color);
    doc.fillColor(colors.ink).text(label, x + 12, y, { lineBreak: false });
    x += 12 + doc.widthOfString(label) + 16;
  }
  doc.y = y + 14;
  doc.x = w.left;
}
