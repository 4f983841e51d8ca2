import { fonts, type FontName } from './fonts';
import { splitLinks } from './format';
import type { Redactor } from './redaction';

export const colors = {
  ink: '#1f2933',
  muted: '#52606d',
  faint: '#9aa5b1',
  rule: '#d9e2ec',
  panel: '#f5f7fa',
  accent: '#1d4ed8',
  link: '#1d4ed8',
} as const;

/** Emoji, flags, their joiners and variation selectors: DejaVu would draw them as empty boxes. */
const NO_GLYPHS = /[\u{1F000}-\u{1FAFF}]|\u{FE0F}|\u{200D}|[\u{E0020}-\u{E007F}]/gu;

export const sizes = { body: 9.5, small: 8, title: 17, subtitle: 11.5 } as const;

/** A stretch of text in one style; consecutive runs flow as one paragraph. */
export interface Run {
  text: string;
  font?: FontName;
  color?: string;
  size?: number;
  link?: string | null;
  strike?: boolean;
}

/** A post's text in quotes and italics, its URLs clickable. */
export function quoted(text: string): Run[] {
  return splitLinks(`“${text}”`).map((part) => ({ ...part, font: fonts.italic }));
}

export interface ContentsEntry {
  title: string;
  destination: string;
  level: 1 | 2;
  /** 0-based page index. */
  page: number;
}

/**
 * The brief's page furniture on top of pdfkit: headings that feed the table of contents, flowing
 * paragraphs, fact tables, ranked lists. Every string these methods print goes through `say`
 * (redaction); drawing code that writes with pdfkit directly passes its text through `say` too.
 */
export class BriefWriter {
  readonly contents: ContentsEntry[] = [];
  private pages = 1;
  private outlineParent: PDFKit.PDFOutline | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly redactor: Redactor,
  ) {
    doc.on('pageAdded', () => {
      this.pages += 1;
    });
  }

  get pageIndex(): number {
    return this.pages - 1;
  }
  get pageCount(): number {
    return this.pages;
  }
  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }

  /** Text as printed: redacted, without the emoji the embedded font has no glyphs for. */
  say(text: string): string {
    return this.redactor.text(text.replace(NO_GLYPHS, ''));
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  gap(points: number): void {
    this.doc.y += points;
    this.doc.x = this.left;
  }

  /** A main section: a new page when little room is left, listed in the contents and the outline. */
  section(title: string, destination: string): void {
    if (this.doc.y > this.top + 1) {
      if (this.doc.y + 220 > this.bottom) this.newPage();
      else this.gap(18);
    }
    const { doc } = this;
    const y = doc.y;
    doc.addNamedDestination(destination, 'XYZ', this.left, y, null);
    doc.rect(this.left, y, this.width, 2).fill(colors.accent);
    doc.y = y + 9;
    doc.font(fonts.bold).fontSize(sizes.title).fillColor(colors.ink);
    doc.text(this.say(title), this.left, doc.y, { width: this.width });
    this.gap(6);
    this.contents.push({ title: this.say(title), destination, level: 1, page: this.pageIndex });
    this.outlineParent = doc.outline.addItem(this.say(title));
  }

  subheading(title: string, options: { listed?: boolean; keepWith?: number } = {}): void {
    this.ensureSpace(40 + (options.keepWith ?? 30));
    const { doc } = this;
    if (doc.y > this.top + 1) this.gap(8);
    const destination = `sub-${this.contents.length}`;
    if (options.listed !== false) {
      doc.addNamedDestination(destination, 'XYZ', this.left, doc.y, null);
      this.contents.push({ title: this.say(title), destination, level: 2, page: this.pageIndex });
      (this.outlineParent ?? doc.outline).addItem(this.say(title));
    }
    doc.font(fonts.bold).fontSize(sizes.subtitle).fillColor(colors.ink);
    doc.text(this.say(title), this.left, doc.y, { width: this.width });
    this.gap(3);
  }

  paragraph(text: string, style: Omit<Run, 'text'> & { indent?: number; gapAfter?: number } = {}): void {
    this.runs([{ ...style, text }], style);
  }

  /** Small grey text: sources, caveats, what is missing. */
  note(text: string, gapAfter = 4): void {
    this.paragraph(text, { size: sizes.small, color: colors.muted, gapAfter });
  }

  /** Runs of differently styled text flowing as one paragraph, with clickable links. */
  runs(
    runs: Run[],
    options: { indent?: number; width?: number; gapAfter?: number; size?: number } = {},
  ): void {
    const { doc } = this;
    const visible = runs.filter((r) => r.text.length > 0);
    if (!visible.length) return;
    const x = this.left + (options.indent ?? 0);
    const width = options.width ?? this.width - (options.indent ?? 0);
    const size = options.size ?? sizes.body;
    doc.fontSize(visible[0]!.size ?? size);
    this.ensureSpace(doc.currentLineHeight(true) + 2);
    visible.forEach((run, index) => {
      const link = run.link ? this.redactor.url(run.link) : null;
      doc
        .font(run.font ?? fonts.regular)
        .fontSize(run.size ?? size)
        .fillColor(run.color ?? (link ? colors.link : colors.ink));
      const options = {
        width,
        continued: index < visible.length - 1,
        link,
        underline: Boolean(link),
        strike: Boolean(run.strike),
        lineGap: 1.5,
      };
      if (index === 0) doc.text(this.say(run.text), x, doc.y, options);
      else doc.text(this.say(run.text), options);
    });
    doc.fillColor(colors.ink);
    this.gap(options.gapAfter ?? 5);
  }

  /** Label and value rows, as on an index card. */
  facts(rows: { label: string; value: string; link?: string | null }[], labelWidth = 120): void {
    const { doc } = this;
    for (const row of rows) {
      if (!row.value) continue;
      const valueWidth = this.width - labelWidth;
      doc.font(fonts.regular).fontSize(sizes.body);
      const height = Math.max(
        doc.heightOfString(this.say(row.value), { width: valueWidth }),
        doc.currentLineHeight(true),
      );
      this.ensureSpace(height + 3);
      const y = doc.y;
      doc.font(fonts.bold).fontSize(sizes.small).fillColor(colors.muted);
      doc.text(this.say(row.label), this.left, y + 1, { width: labelWidth - 8 });
      const link = row.link ? this.redactor.url(row.link) : null;
      doc
        .font(fonts.regular)
        .fontSize(sizes.body)
        .fillColor(link ? colors.link : colors.ink);
      doc.text(this.say(row.value), this.left + labelWidth, y, {
        width: valueWidth,
        link,
        underline: Boolean(link),
      });
      doc.y = Math.max(doc.y, y + height) + 3;
      doc.x = this.left;
    }
    doc.fillColor(colors.ink);
    this.gap(3);
  }

  /** A bulleted list; each item is a paragraph of runs. */
  bullets(items: Run[][], options: { indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    const { doc } = this;
    for (const runs of items) {
      doc.font(fonts.regular).fontSize(sizes.body);
      this.ensureSpace(doc.currentLineHeight(true) + 2);
      const y = doc.y;
      doc.fillColor(colors.muted).text('•', this.left + indent, y, {
        width: 16,
        lineBreak: false,
      });
      doc.y = y;
      this.runs(runs, { indent: indent + 16, gapAfter: 2 });
    }
    this.gap(3);
  }

  /**
   * "value count · value count": ranked items flowing over lines. Laid out by hand so a line
   * never starts with a count or a separator.
   */
  ranked(items: { value: string; count: number; link?: string | null }[]): void {
    const { doc } = this;
    const lineHeight = 14;
    const separator = '  ·  ';
    let x = this.left;
    this.ensureSpace(lineHeight);
    let y = doc.y;
    items.forEach((item, index) => {
      const value = this.say(item.value);
      const count = `\u00a0${item.count.toLocaleString('en-US')}`;
      doc.font(fonts.bold).fontSize(sizes.body);
      const valueWidth = Math.min(doc.widthOfString(value), this.width - 40);
      doc.font(fonts.regular).fontSize(sizes.small);
      const countWidth = doc.widthOfString(count);
      if (x > this.left && x + valueWidth + countWidth > this.left + this.width) {
        x = this.left;
        y += lineHeight;
        if (y + lineHeight > this.bottom) {
          this.newPage();
          y = doc.y;
        }
      }
      const link = item.link ? this.redactor.url(item.link) : null;
      doc
        .font(fonts.bold)
        .fontSize(sizes.body)
        .fillColor(link ? colors.link : colors.ink);
      doc.text(value, x, y, {
        lineBreak: false,
        width: valueWidth,
        height: lineHeight,
        ellipsis: true,
        link,
        underline: Boolean(link),
      });
      doc.font(fonts.regular).fontSize(sizes.small).fillColor(colors.muted);
      doc.text(count, x + valueWidth, y + 1.5, { lineBreak: false });
      x += valueWidth + countWidth;
      if (index < items.length - 1) {
        doc.fillColor(colors.faint).text(separator, x, y + 1.5, { lineBreak: false });
        x += doc.widthOfString(separator);
      }
    });
    doc.fillColor(colors.ink);
    doc.x = this.left;
    doc.y = y + lineHeight + 4;
  }
}
