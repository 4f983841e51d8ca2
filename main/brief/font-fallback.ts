import { fonts } from './fonts';

/**
 * Han, kana, Hangul, CJK punctuation and full-width forms: what DejaVu has no glyphs for and
 * Noto Sans CJK does. A name like 山田太郎 or 김민준 would otherwise print as empty boxes.
 */
const CJK =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]+/gu;

/** The text cut into runs that need the CJK font and runs that do not, in order. */
export function scriptRuns(text: string): { text: string; cjk: boolean }[] {
  const runs: { text: string; cjk: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(CJK)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), cjk: false });
    runs.push({ text: match[0], cjk: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), cjk: false });
  return runs;
}

const boldFonts: ReadonlySet<string> = new Set([fonts.bold, fonts.boldItalic]);
const cjkFonts: ReadonlySet<string> = new Set([fonts.cjk, fonts.cjkBold]);

type TextOptions = PDFKit.Mixins.TextOptions;

/**
 * Makes `doc.text` and `doc.widthOfString` switch to Noto Sans CJK for the CJK parts of a string
 * and back, so every section gets the fallback without knowing of it. Strings without CJK take
 * the original path untouched.
 */
export function installCjkFallback(doc: PDFKit.PDFDocument): void {
  /** The font the sections chose (by registered name), to come back to after a CJK run. */
  let current: string = fonts.regular;
  /** The font set on the document right now: pdfkit measures with it while it lays a run out. */
  let active: string = fonts.regular;
  const original = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  const setFont = (name: string) => {
    active = name;
    return original(name);
  };
  doc.font = ((...args: unknown[]) => {
    if (typeof args[0] === 'string') current = active = args[0];
    return original(...args);
  }) as PDFKit.PDFDocument['font'];
  const fallbackFor = () => (boldFonts.has(current) ? fonts.cjkBold : fonts.cjk);

  const text = doc.text.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  doc.text = ((value: unknown, ...rest: unknown[]) => {
    if (typeof value !== 'string' || !value.match(CJK)) return text(value, ...rest);
    const positioned = typeof rest[0] === 'number';
    const options = ((positioned ? rest[2] : rest[0]) ?? {}) as TextOptions;
    const base = current;
    const runs = scriptRuns(value);
    runs.forEach((run, index) => {
      setFont(run.cjk ? fallbackFor() : base);
      const last = index === runs.length - 1;
      const runOptions = { ...options, continued: last ? (options.continued ?? false) : true };
      if (index === 0 && positioned) text(run.text, rest[0], rest[1], runOptions);
      else text(run.text, runOptions);
    });
    setFont(base);
    return doc;
  }) as PDFKit.PDFDocument['text'];

  const widthOf = doc.widthOfString.bind(doc);
  doc.widthOfString = ((value: string, options?: TextOptions) => {
    // Inside a CJK run pdfkit measures its pieces with the CJK font already set: leave it be.
    if (!value.match(CJK) || cjkFonts.has(active)) return widthOf(value, options);
    const before = active;
    let width = 0;
    for (const run of scriptRuns(value)) {
      setFont(run.cjk ? fallbackFor() : before);
      width += widthOf(run.text, options);
    }
    setFont(before);
    return width;
  }) as PDFKit.PDFDocument['widthOfString'];
}
