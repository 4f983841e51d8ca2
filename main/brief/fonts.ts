import { createRequire } from 'node:module';

const resolveFrom = createRequire(import.meta.url);

/** The brief's typefaces, from node_modules, embedded (as subsets) in the PDF, never fetched. */
export const fonts = {
  regular: 'Sans',
  bold: 'Sans-Bold',
  italic: 'Sans-Oblique',
  boldItalic: 'Sans-BoldOblique',
  mono: 'Mono',
  /** For Han, kana and Hangul, which DejaVu lacks (see font-fallback.ts). */
  cjk: 'CJK',
  cjkBold: 'CJK-Bold',
} as const;

export type FontName = (typeof fonts)[keyof typeof fonts];

const files: Record<FontName, string> = {
  Sans: 'DejaVuSans.ttf',
  'Sans-Bold': 'DejaVuSans-Bold.ttf',
  'Sans-Oblique': 'DejaVuSans-Oblique.ttf',
  'Sans-BoldOblique': 'DejaVuSans-BoldOblique.ttf',
  Mono: 'DejaVuSansMono.ttf',
  CJK: 'NotoSansCJKjp-Regular.woff',
  'CJK-Bold': 'NotoSansCJKjp-Bold.woff',
};

/** DejaVu from dejavu-fonts-ttf; Noto Sans CJK (all of Han, kana and Hangul) from noto-sans-cjk-jp. */
export function fontPath(name: FontName): string {
  const file = files[name];
  return file.endsWith('.woff')
    ? resolveFrom.resolve(`noto-sans-cjk-jp/fonts/${file}`)
    : resolveFrom.resolve(`dejavu-fonts-ttf/ttf/${file}`);
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.values(fonts)) doc.registerFont(name, fontPath(name));
}
