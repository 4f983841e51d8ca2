import type { BriefContext } from './context';
import { fonts } from './fonts';
import { accountName, counted, day } from './format';
import { colors, sizes, type BriefWriter, type ContentsEntry } from './layout';

const networkNames = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' } as const;

/** Where the contents go on the cover: they are drawn last, once every section's page is known. */
export interface ContentsSlot {
  page: number;
  y: number;
}

export function writeCover(
  w: BriefWriter,
  ctx: BriefContext,
  workspace: string,
  redacted: number,
): ContentsSlot {
  const { doc } = w;
  const p = ctx.prospect;
  const label = w.redactor.accountLabel(p.id);
  doc.y = w.top + 40;
  doc.font(fonts.bold).fontSize(9).fillColor(colors.accent);
  doc.text('PROSPECT BRIEF', w.left, doc.y, { characterSpacing: 1.5 });
  w.gap(10);
  doc.font(fonts.bold).fontSize(26).fillColor(colors.ink);
  doc.text(label ?? w.say(p.name ?? accountName(p)), w.left, doc.y, { width: w.width });
  w.gap(2);
  const handle = label || !p.name || !p.handle ? '' : `@${p.handle}`;
  w.runs([
    {
      text: [handle, `on ${networkNames[p.network] ?? p.network}`].filter(Boolean).join(' '),
      size: 13,
      color: colors.muted,
    },
  ]);
  w.gap(14);
  doc
    .moveTo(w.left, doc.y)
    .lineTo(w.left + w.width, doc.y)
    .lineWidth(0.5)
    .stroke(colors.rule);
  w.gap(10);
  w.facts(
    [
      { label: 'Workspace', value: workspace },
      { label: 'Prepared', value: day(ctx.now.toISOString(), ctx.timeZone) },
      { label: 'Times shown in', value: ctx.timeZone },
      {
        label: 'Redaction',
        value: redacted
          ? `${counted(redacted, 'person or account', 'people and accounts')} replaced by neutral labels (“Person A”, “Account B”).`
          : '',
      },
    ],
    110,
  );
  w.gap(24);
  return { page: w.pageIndex, y: doc.y };
}

/** The table of contents on the cover, every line a link to its section. */
export function writeContents(w: BriefWriter, slot: ContentsSlot): void {
  const { doc } = w;
  doc.switchToPage(slot.page);
  const room = w.bottom - slot.y - 30;
  const rowHeight = (entry: ContentsEntry) => (entry.level === 1 ? 19 : 14);
  const all = w.contents;
  const fits = all.reduce((sum, e) => sum + rowHeight(e), 0) <= room;
  const entries = fits ? all : all.filter((e) => e.level === 1);

  let y = slot.y;
  doc.font(fonts.bold).fontSize(sizes.subtitle).fillColor(colors.ink);
  doc.text('Contents', w.left, y, { lineBreak: false });
  y += 22;
  for (const entry of entries) {
    const indent = entry.level === 1 ? 0 : 16;
    const size = entry.level === 1 ? 10.5 : sizes.body;
    doc.font(entry.level === 1 ? fonts.bold : fonts.regular).fontSize(size);
    const page = String(entry.page + 1);
    const pageWidth = doc.widthOfString(page);
    const titleWidth = Math.min(doc.widthOfString(entry.title), w.width - indent - pageWidth - 30);
    doc.fillColor(entry.level === 1 ? colors.ink : colors.muted);
    doc.text(entry.title, w.left + indent, y, {
      width: titleWidth + 1,
      lineBreak: false,
      height: size + 4,
      ellipsis: true,
    });
    doc.text(page, w.left + w.width - pageWidth, y, { lineBreak: false });
    const leaderY = y + size * 0.85;
    doc
      .moveTo(w.left + indent + titleWidth + 6, leaderY)
      .lineTo(w.left + w.width - pageWidth - 6, leaderY)
      .lineWidth(0.6)
      .dash(0.6, { space: 2.4 })
      .stroke(colors.faint)
      .undash();
    doc.goTo(w.left + indent, y - 2, w.width - indent, size + 5, entry.destination);
    y += rowHeight(entry);
  }
  doc.font(fonts.regular).fontSize(sizes.small).fillColor(colors.muted);
  doc.text('Every line above is a link to its part of the brief.', w.left, y + 6, { lineBreak: false });
}
