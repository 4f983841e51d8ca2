import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { fonts, type FontName } from './fonts';
import { colors, sizes, type BriefWriter, type Run } from './layout';

interface InlineStyle {
  bold: boolean;
  italic: boolean;
  link: string | null;
  strike: boolean;
}

const plain: InlineStyle = { bold: false, italic: false, link: null, strike: false };
// Note headings stay below the brief's own subheadings in size.
const headingSizes = [11, 10.5, 10, 9.5, 9.5, 9.5];
const INDENT = 16;

function fontOf(style: InlineStyle): FontName {
  if (style.bold && style.italic) return fonts.boldItalic;
  if (style.bold) return fonts.bold;
  if (style.italic) return fonts.italic;
  return fonts.regular;
}

/** Only web and mail links become clickable; anything else stays text. */
function safeHref(href: string): string | null {
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');

/** Inline tokens as styled runs: bold, italic, code, links, line breaks. */
export function inlineRuns(tokens: Token[] | undefined, style: InlineStyle = plain): Run[] {
  const runs: Run[] = [];
  for (const token of (tokens ?? []) as Tokens.Generic[]) {
    const text = (t: string, font = fontOf(style)) =>
      runs.push({ text: t, font, link: style.link, strike: style.strike });
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns(token.tokens, { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns(token.tokens, { ...style, italic: true }));
        break;
      case 'del':
        runs.push(...inlineRuns(token.tokens, { ...style, strike: true }));
        break;
      case 'link':
        runs.push(...inlineRuns(token.tokens, { ...style, link: safeHref(String(token.href)) }));
        break;
      case 'codespan':
        text(String(token.text), fonts.mono);
        break;
      case 'br':
        text('\n');
        break;
      case 'image':
        text(`[image: ${String(token.text) || String(token.href)}]`);
        break;
      case 'html':
        text(stripTags(String(token.text)));
        break;
      case 'checkbox':
        break;
      default:
        if (token.tokens?.length) runs.push(...inlineRuns(token.tokens, style));
        else if (typeof token.text === 'string') text(token.text);
    }
  }
  return runs;
}

/**
 * The user's notes, drawn from marked's tokens with pdfkit: headings, paragraphs, emphasis, lists
 * (nested, numbered, tasks), quotes, code, tables and links. No HTML is involved.
 */
export function drawMarkdown(w: BriefWriter, source: string): void {
  // Redacting the source first catches a name even when markup splits it into styled runs.
  drawBlocks(w, Lexer.lex(w.say(source)), 0);
}

function drawBlocks(w: BriefWriter, tokens: Token[], indent: number): void {
  for (const token of tokens) drawBlock(w, token as MarkedToken, indent);
}

function drawBlock(w: BriefWriter, token: MarkedToken, indent: number): void {
  const { doc } = w;
  switch (token.type) {
    case 'heading': {
      w.ensureSpace(50);
      w.gap(4);
      const size = headingSizes[token.depth - 1] ?? sizes.body;
      w.runs(
        inlineRuns(token.tokens, { ...plain, bold: true }).map((r) => ({ ...r, size })),
        { indent, gapAfter: 3 },
      );
      break;
    }
    case 'paragraph':
    case 'text':
      w.runs(token.type === 'text' && !token.tokens ? [{ text: token.text }] : inlineRuns(token.tokens), {
        indent,
        gapAfter: 5,
      });
      break;
    case 'list':
      drawList(w, token, indent);
      break;
    case 'blockquote': {
      const page = w.pageIndex;
      const top = doc.y;
      drawBlocks(w, token.tokens, indent + 12);
      if (w.pageIndex === page) {
        doc.rect(w.left + indent + 2, top, 2.5, Math.max(doc.y - top - 4, 8)).fill(colors.rule);
      }
      break;
    }
    case 'code':
      drawCode(w, token.text, indent);
      break;
    case 'hr':
      w.ensureSpace(12);
      doc
        .moveTo(w.left + indent, doc.y + 4)
        .lineTo(w.left + w.width, doc.y + 4)
        .lineWidth(0.5)
        .stroke(colors.rule);
      w.gap(10);
      break;
    case 'table':
      drawTable(w, token, indent);
      break;
    case 'html':
      if (stripTags(token.text).trim()) w.runs([{ text: stripTags(token.text) }], { indent });
      break;
    default:
      break;
  }
}

function drawList(w: BriefWriter, list: Tokens.List, indent: number): void {
  const { doc } = w;
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, index) => {
    const marker = item.task
      ? item.checked
        ? '☑'
        : '☐'
      : list.ordered
        ? `${start + index}.`
        : indent
          ? '◦'
          : '•';
    doc.font(fonts.regular).fontSize(sizes.body);
    w.ensureSpace(doc.currentLineHeight(true) + 2);
    const y = doc.y;
    doc.fillColor(colors.muted).text(marker, w.left + indent, y, { width: INDENT, lineBreak: false });
    doc.y = y;
    const blocks = item.tokens.filter((t) => t.type !== 'checkbox' && t.type !== 'space');
    for (const block of blocks) {
      drawBlock(w, block as MarkedToken, indent + INDENT);
      if (!item.loose && (block.type === 'text' || block.type === 'paragraph')) doc.y -= 3;
    }
  });
  w.gap(3);
}

function drawCode(w: BriefWriter, code: string, indent: number): void {
  const { doc } = w;
  const width = w.width - indent - 12;
  doc.font(fonts.mono).fontSize(sizes.small);
  const lines = code.split('\n');
  for (let first = 0; first < lines.length;) {
    // A long block continues on the next page in its own panel.
    let count = 0;
    let height = 0;
    while (first + count < lines.length) {
      const next = doc.heightOfString(lines[first + count] || ' ', { width });
      if (count > 0 && doc.y + height + next + 10 > w.bottom) break;
      height += next;
      count += 1;
    }
    w.ensureSpace(height + 10);
    const top = doc.y;
    doc.roundedRect(w.left + indent, top, w.width - indent, height + 8, 3).fill(colors.panel);
    doc.font(fonts.mono).fontSize(sizes.small).fillColor(colors.ink);
    doc.text(w.say(lines.slice(first, first + count).join('\n')), w.left + indent + 6, top + 4, { width });
    doc.y = top + height + 14;
    first += count;
  }
  doc.x = w.left;
}

function drawTable(w: BriefWriter, table: Tokens.Table, indent: number): void {
  const { doc } = w;
  const columns = Math.max(table.header.length, 1);
  const cellWidth = (w.width - indent) / columns;
  const rows = [table.header, ...table.rows];
  rows.forEach((cells, rowIndex) => {
    const texts = cells.map((c) =>
      inlineRuns(c.tokens)
        .map((r) => r.text)
        .join(''),
    );
    doc.font(rowIndex === 0 ? fonts.bold : fonts.regular).fontSize(sizes.small);
    const height = Math.max(10, ...texts.map((t) => doc.heightOfString(t, { width: cellWidth - 8 })));
    w.ensureSpace(height + 6);
    const top = doc.y;
    texts.forEach((text, column) => {
      doc
        .fillColor(colors.ink)
        .text(w.say(text), w.left + indent + column * cellWidth + 4, top + 2, { width: cellWidth - 8 });
    });
    doc.y = top + height + 4;
    doc
      .moveTo(w.left + indent, doc.y)
      .lineTo(w.left + w.width, doc.y)
      .lineWidth(0.4)
      .stroke(colors.rule);
    doc.y += 2;
  });
  doc.x = w.left;
  w.gap(5);
}
