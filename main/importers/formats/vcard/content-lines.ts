import { ImportFormatError } from '../../errors';
import type { Line } from '../../util/lines';

/** One logical vCard line: folded and quoted-printable continuations joined. */
export interface ContentLine {
  /** 1-based physical line where it starts. */
  line: number;
  text: string;
  /** Set when the file ends inside this line, without a newline: it may be cut off. */
  unterminated?: true;
}

/** A property longer than this (a photo is rarely over a few MB) means a damaged file. */
export const MAX_PROPERTY_CHARS = 16 * 1024 * 1024;

const QUOTED_PRINTABLE = /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i;

/** Whether the line's parameters (before the first ':') say quoted-printable. */
function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(':');
  return colon !== -1 && QUOTED_PRINTABLE.test(text.slice(0, colon));
}

/**
 * Joins physical lines into content lines. A line starting with a space or tab continues the
 * previous one (RFC 6350 folding; one leading blank is dropped). In vCard 2.1, a quoted-printable
 * value ending in '=' continues on the next line whatever it starts with: a soft line break
 * (ezvcard-John_Doe_ANDROID.vcf and ezvcard-outlook-2007.vcf have them). Blank lines end a line.
 */
export async function* contentLines(lines: AsyncIterable<Line>, file: string): AsyncGenerator<ContentLine> {
  let pending: ContentLine | undefined;
  let softBreak = false;
  const append = (text: string, at: number) => {
    pending!.text += text;
    if (pending!.text.length > MAX_PROPERTY_CHARS) {
      throw new ImportFormatError(
        file,
        `line ${pending!.line}`,
        `a property runs on past ${at - pending!.line} lines and ${MAX_PROPERTY_CHARS} characters; the file looks damaged`,
      );
    }
  };
  for await (const line of lines) {
    // ezvcard-John_Doe_IPHONE.vcf ends its lines with CR CR LF: readLines takes one CR, this the rest.
    const { number } = line;
    const text = line.text.replace(/\r+$/, '');
    if (pending && softBreak) {
      append(text, number);
      if (line.unterminated) pending.unterminated = true;
      softBreak = text.endsWith('=');
      if (softBreak) pending.text = pending.text.slice(0, -1);
      continue;
    }
    if (pending && (text.startsWith(' ') || text.startsWith('\t'))) {
      append(text.slice(1), number);
      if (line.unterminated) pending.unterminated = true;
      continue;
    }
    if (pending) yield pending;
    pending = undefined;
    if (text.trim() === '') continue;
    pending = { line: number, text, ...(line.unterminated ? { unterminated: true as const } : {}) };
    softBreak = text.endsWith('=') && isQuotedPrintable(text);
    if (softBreak) pending.text = text.slice(0, -1);
  }
  if (pending) yield pending;
}
