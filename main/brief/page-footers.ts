import { fonts } from './fonts';
import { clip } from './format';
import { colors, type BriefWriter } from './layout';

/** "Page N of M" and the brief's name on every page, once all pages exist. */
export function drawFooters(w: BriefWriter, caption: string): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const margin = doc.page.margins.bottom;
    // Text below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 38;
    doc
      .moveTo(w.left, y - 6)
      .lineTo(w.left + w.width, y - 6)
      .lineWidth(0.5)
      .stroke(colors.rule);
    doc.font(fonts.regular).fontSize(7.5).fillColor(colors.muted);
    doc.text(clip(w.say(caption), 90), w.left, y, { width: w.width * 0.75, lineBreak: false });
    doc.text(`Page ${index + 1} of ${range.count}`, w.left, y, {
      width: w.width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}
